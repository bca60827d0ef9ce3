package com.buyerjourneykit.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** A step class that uses another step class (a step calling a step) breaks the four layers. */
final class NotUsingOtherClassesOfItsPackage extends ArchCondition<JavaClass> {

    NotUsingOtherClassesOfItsPackage() {
        super("not use other classes of their own package");
    }

    @Override
    public void check(JavaClass item, ConditionEvents events) {
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
            JavaClass target = dependency.getTargetClass();
            boolean samePackage = target.getPackageName().equals(item.getPackageName());
            boolean itself = target.getName().equals(item.getName()) || target.getName().startsWith(item.getName() + "$");
            if (samePackage && !itself) {
                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
            }
        }
    }
}
