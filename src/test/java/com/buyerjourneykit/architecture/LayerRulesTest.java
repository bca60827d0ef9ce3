package com.buyerjourneykit.architecture;

import static com.buyerjourneykit.architecture.LayerRules.ROOT;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The layers of DESIGN.md, pinned on the code (main and test, without the offending fixtures):
 * simulator and reference app never import each other or test code; the app's journey rules know
 * nothing of the web or of provider clients; the harness keeps its four layers.
 */
class LayerRulesTest {
    private static final ImportOption NOT_THE_FIXTURES = location -> !location.contains("/architecture/fixtures/");
    private static final JavaClasses ALL = new ClassFileImporter().withImportOption(NOT_THE_FIXTURES).importPackages(ROOT);
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    @Test
    void stepsSpeakOnlyTheDsl() {
        check(LayerRules.STEPS_SPEAK_ONLY_THE_DSL);
    }

    @Test
    void stepsNeverCallOtherSteps() {
        check(LayerRules.STEPS_NEVER_CALL_STEPS);
    }

    @Test
    void theDslKnowsNoHttpNoBrowser() {
        check(LayerRules.DSL_KNOWS_NO_HTTP_NO_BROWSER);
    }

    @Test
    void theDslUsesOnlyDriverInterfacesAndValues() {
        check(LayerRules.DSL_USES_ONLY_DRIVER_INTERFACES_AND_VALUES);
    }

    @Test
    void restWebAndSimulatorDriversDoNotDependOnEachOther() {
        check(LayerRules.CHANNEL_DRIVERS_ARE_INDEPENDENT);
    }

    @Test
    void driversDoNotReachBackIntoStepsOrDsl() {
        check(LayerRules.DRIVERS_DO_NOT_REACH_BACK);
    }

    @Test
    void onlyTheLauncherStartsTheSimulatorOrTheApp() {
        check(LayerRules.ONLY_THE_LAUNCHER_STARTS_SIMULATOR_OR_APP);
    }

    @Test
    void moneyIsNeverAFloatingPointNumberInMainOrTestCode() {
        check(LayerRules.MONEY_IS_NEVER_FLOATING_POINT);
    }

    @Test
    void simulatorAndReferenceAppNeverImportEachOtherOrTestCode() {
        checkMain(noClasses().that().resideInAPackage(ROOT + ".simulator..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".reference..", "..steps..", "..dsl..", "..drivers.."));
        checkMain(noClasses().that().resideInAPackage(ROOT + ".reference..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".simulator..", "..steps..", "..dsl..", "..drivers..", "com.github.tomakehurst.."));
    }

    @Test
    void journeyRulesKnowNeitherTheWebNorTheProviderClients() {
        checkMain(noClasses().that().resideInAPackage(ROOT + ".reference.journey..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".reference.web..", ROOT + ".reference.providers..", "io.javalin..", "java.net.http.."));
        checkMain(noClasses().that().resideInAPackage(ROOT + ".reference.providers..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".reference.web..", "io.javalin.."));
    }

    private static void check(ArchRule rule) {
        rule.check(ALL);
    }

    private static void checkMain(ArchRule rule) {
        rule.check(MAIN);
    }
}
