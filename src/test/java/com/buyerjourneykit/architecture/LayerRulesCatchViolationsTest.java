package com.buyerjourneykit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Each layer rule, checked against code that breaks it on purpose ({@code architecture.fixtures}), reports it. */
class LayerRulesCatchViolationsTest {
    private static final String FIXTURES = "com.buyerjourneykit.architecture.fixtures";

    @Test
    void aDslUsingAConcreteDriverClassIsReported() {
        assertViolated(LayerRules.DSL_USES_ONLY_DRIVER_INTERFACES_AND_VALUES, "dsl.DslUsingAConcreteDriver");
    }

    @Test
    void aDslOpeningTheRestChannelItselfIsReported() {
        assertViolated(LayerRules.DSL_USES_ONLY_DRIVER_INTERFACES_AND_VALUES, "dsl.DslUsingTheRestChannel");
    }

    @Test
    void aRestDriverUsingTheBrowserChannelIsReported() {
        assertViolated(LayerRules.CHANNEL_DRIVERS_ARE_INDEPENDENT, "drivers.api.ApiDriverUsingTheWebChannel");
    }

    @Test
    void aDriverReachingBackIntoTheDslIsReported() {
        assertViolated(LayerRules.DRIVERS_DO_NOT_REACH_BACK, "drivers.DriverUsingTheDsl");
    }

    @Test
    void aStepCallingAStepIsReported() {
        assertViolated(LayerRules.STEPS_NEVER_CALL_STEPS, "steps.StepsCallingSteps");
    }

    @Test
    void aStepTouchingTheDriversIsReported() {
        assertViolated(LayerRules.STEPS_SPEAK_ONLY_THE_DSL, "steps.StepsCallingSteps");
    }

    @Test
    void moneyAsADoubleFieldIsReported() {
        assertViolated(LayerRules.MONEY_IS_NEVER_FLOATING_POINT, "money.PriceField");
    }

    @Test
    void moneyAsAFloatReturnTypeIsReported() {
        assertViolated(LayerRules.MONEY_IS_NEVER_FLOATING_POINT, "money.PriceReturned");
    }

    @Test
    void moneyAsADoubleParameterIsReported() {
        assertViolated(LayerRules.MONEY_IS_NEVER_FLOATING_POINT, "money.PriceParameter");
    }

    private static void assertViolated(ArchRule rule, String fixture) {
        JavaClasses offender = new ClassFileImporter().importClasses(load(FIXTURES + "." + fixture));
        assertThat(rule.evaluate(offender).hasViolation()).as("%s reported for %s", rule.getDescription(), fixture).isTrue();
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("fixture missing: " + className, e);
        }
    }
}
