package com.buyerjourneykit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The layers of DESIGN.md, pinned: feature → step → DSL → driver → system on the test side;
 * simulator and reference app never import each other or test code; the app's journey rules
 * know nothing of the web or of provider clients.
 */
class LayerRulesTest {
    private static final String ROOT = "com.buyerjourneykit";
    private static final JavaClasses ALL = new ClassFileImporter().importPackages(ROOT);
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    @Test
    void stepsSpeakOnlyTheDsl() {
        check(noClasses().that().resideInAPackage("..steps..").should().dependOnClassesThat()
                .resideInAnyPackage("..drivers..", "..simulator..", "..reference..", "org.openqa..",
                        "java.net.http..", "com.github.tomakehurst..", "wiremock.."));
    }

    @Test
    void stepsNeverCallOtherSteps() {
        check(classes().that().resideInAPackage("..steps..").should(new NotUsingOtherClassesOfItsPackage()));
    }

    @Test
    void theDslKnowsNoHttpNoBrowserAndOnlyDriverInterfaces() {
        check(noClasses().that().resideInAPackage("..dsl..").should().dependOnClassesThat()
                .resideInAnyPackage("..drivers.api..", "..drivers.web..", "..drivers.simulator..", "org.openqa..",
                        "java.net.http..", "com.github.tomakehurst..", "..simulator..", "..reference.."));
    }

    @Test
    void driversDoNotReachBackIntoStepsOrDsl() {
        check(noClasses().that().resideInAPackage("..drivers..").should().dependOnClassesThat()
                .resideInAnyPackage("..steps..", "..dsl..", "io.cucumber.."));
    }

    @Test
    void onlyTheSystemUnderTestLauncherStartsTheSimulatorOrTheApp() {
        check(noClasses().that().resideInAPackage("..drivers..").and().doNotHaveSimpleName("SystemUnderTest")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".simulator..", ROOT + ".reference.."));
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

    @Test
    void moneyIsNeverAFloatingPointNumber() {
        checkMain(noFields().should().haveRawType(double.class).orShould().haveRawType(float.class)
                .orShould().haveRawType(Double.class).orShould().haveRawType(Float.class));
        checkMain(noMethods().should().haveRawReturnType(double.class).orShould().haveRawReturnType(Double.class));
    }

    private static void check(ArchRule rule) {
        rule.check(ALL);
    }

    private static void checkMain(ArchRule rule) {
        rule.check(MAIN);
    }
}
