package com.buyerjourneykit.architecture;

import com.buyerjourneykit.simulator.core.SimulatedProvider;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A provider's package is the package of a {@link SimulatedProvider} class, with its subpackages;
 * found in the classes themselves, so a new provider is covered without naming it anywhere. A
 * class of one provider must not use a class of another: what it may read of another lives in
 * the published package, which holds no provider.
 */
final class StayingInsideItsProvider extends ArchCondition<JavaClass> {
    private final Set<String> providerPackages;

    private StayingInsideItsProvider(Set<String> providerPackages) {
        super("use no class of another provider's package " + providerPackages);
        this.providerPackages = providerPackages;
    }

    static StayingInsideItsProvider among(JavaClasses classes) {
        return new StayingInsideItsProvider(classes.stream()
                .filter(type -> !type.isInterface() && type.isAssignableTo(SimulatedProvider.class))
                .map(JavaClass::getPackageName)
                .collect(Collectors.toUnmodifiableSet()));
    }

    DescribedPredicate<JavaClass> inAProviderPackage() {
        return DescribedPredicate.describe("are in a provider's package", type -> providerOf(type).isPresent());
    }

    @Override
    public void check(JavaClass item, ConditionEvents events) {
        Optional<String> own = providerOf(item);
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
            Optional<String> other = providerOf(dependency.getTargetClass());
            if (other.isPresent() && !other.equals(own)) {
                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
            }
        }
    }

    private Optional<String> providerOf(JavaClass type) {
        String name = type.getPackageName();
        return providerPackages.stream()
                .filter(provider -> name.equals(provider) || name.startsWith(provider + "."))
                .findFirst();
    }
}
