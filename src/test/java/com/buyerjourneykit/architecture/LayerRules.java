package com.buyerjourneykit.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.anyElementThat;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;

/**
 * The layers of DESIGN.md as rules: feature → step → DSL → driver → system on the test side.
 * {@link LayerRulesTest} checks them on the code; {@link LayerRulesCatchViolationsTest} proves each
 * one fails on a deliberately offending fixture.
 */
final class LayerRules {
    static final String ROOT = "com.buyerjourneykit";
    private static final List<String> CHANNEL_PACKAGES = List.of("api", "web", "simulator");

    static final ArchRule STEPS_SPEAK_ONLY_THE_DSL = noClasses().that().resideInAPackage("..steps..")
            .should().dependOnClassesThat().resideInAnyPackage("..drivers..", "..simulator..", "..reference..",
                    "org.openqa..", "java.net.http..", "com.github.tomakehurst..", "wiremock..");

    static final ArchRule STEPS_NEVER_CALL_STEPS = classes().that().resideInAPackage("..steps..")
            .should(new NotUsingOtherClassesOfItsPackage());

    static final ArchRule DSL_KNOWS_NO_HTTP_NO_BROWSER = noClasses().that().resideInAPackage("..dsl..")
            .should().dependOnClassesThat().resideInAnyPackage("org.openqa..", "java.net.http..",
                    "com.github.tomakehurst..", ROOT + ".simulator..", ROOT + ".reference..");

    static final ArchRule DSL_USES_ONLY_DRIVER_INTERFACES_AND_VALUES = noClasses().that().resideInAPackage("..dsl..")
            .should().dependOnClassesThat(concreteDriverClasses())
            .because("the DSL reaches a channel only through driver interfaces; which channel runs is configuration");

    static final ArchRule CHANNEL_DRIVERS_ARE_INDEPENDENT = CompositeArchRule.of(channelPackageKeepsToItself("api"))
            .and(channelPackageKeepsToItself("web")).and(channelPackageKeepsToItself("simulator"));

    static final ArchRule DRIVERS_DO_NOT_REACH_BACK = noClasses().that().resideInAPackage("..drivers..")
            .should().dependOnClassesThat().resideInAnyPackage("..steps..", "..dsl..", "io.cucumber..");

    static final ArchRule ONLY_THE_LAUNCHER_STARTS_SIMULATOR_OR_APP = noClasses().that().resideInAPackage("..drivers..")
            .and().resideOutsideOfPackage("..drivers.launcher..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".simulator..", ROOT + ".reference..");

    static final ArchRule MONEY_IS_NEVER_FLOATING_POINT = CompositeArchRule
            .of(noFields().should().haveRawType(double.class).orShould().haveRawType(float.class)
                    .orShould().haveRawType(Double.class).orShould().haveRawType(Float.class).allowEmptyShould(true))
            .and(noMethods().should().haveRawReturnType(double.class).orShould().haveRawReturnType(float.class)
                    .orShould().haveRawReturnType(Double.class).orShould().haveRawReturnType(Float.class).allowEmptyShould(true))
            .and(noCodeUnits().should().haveRawParameterTypes(anyElementThat(floatingPoint())).allowEmptyShould(true));

    private LayerRules() {
    }

    // allowEmptyShould: a part of a composite rule may find nothing to check in a single fixture class

    /** Anything of the drivers but its interfaces and plain values (records, enums), and anything of a channel's own package. */
    private static DescribedPredicate<JavaClass> concreteDriverClasses() {
        DescribedPredicate<JavaClass> interfaceOrValue = DescribedPredicate.describe("interface or value",
                type -> type.isInterface() || type.isRecord() || type.isEnum());
        return resideInAnyPackage("..drivers.api..", "..drivers.web..", "..drivers.simulator..", "..drivers.launcher..")
                .or(resideInAPackage("..drivers..").and(DescribedPredicate.not(interfaceOrValue)))
                .as("concrete classes of the drivers");
    }

    private static ArchRule channelPackageKeepsToItself(String channel) {
        String[] others = CHANNEL_PACKAGES.stream().filter(other -> !other.equals(channel))
                .map(other -> "..drivers." + other + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage("..drivers." + channel + "..").should().dependOnClassesThat()
                .resideInAnyPackage(others).allowEmptyShould(true);
    }

    private static DescribedPredicate<JavaClass> floatingPoint() {
        return DescribedPredicate.describe("double, float, Double or Float", type -> type.isEquivalentTo(double.class)
                || type.isEquivalentTo(float.class) || type.isEquivalentTo(Double.class) || type.isEquivalentTo(Float.class));
    }
}
