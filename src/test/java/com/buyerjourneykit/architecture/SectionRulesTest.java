package com.buyerjourneykit.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.reference.sections.GuideSection;
import com.buyerjourneykit.reference.sections.GuideSections;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One section, one folder: each guide section of the reference app lives in its own package under
 * {@code reference.sections}; the shared core knows no section; sections meet only through each
 * other's public steps class; and inside a section the rules know neither the web nor the providers.
 */
class SectionRulesTest {
    private static final String REFERENCE = "com.buyerjourneykit.reference";
    private static final String SECTIONS = REFERENCE + ".sections";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(REFERENCE);

    @Test
    void everySectionHasAPackageOfItsOwn() {
        List<String> packages = GuideSections.ALL.stream().map(SectionRulesTest::packageOf).toList();
        assertThat(packages).doesNotHaveDuplicates().allSatisfy(name -> assertThat(name).startsWith(SECTIONS + "."));
        GuideSections.ALL.forEach(section -> assertThat(packageOf(section)).isEqualTo(SECTIONS + "." + section.name()));
    }

    @Test
    void theSharedCoreKnowsNoSection() {
        noClasses().that().resideInAnyPackage(REFERENCE + ".journey..", REFERENCE + ".web..", REFERENCE + ".store..",
                REFERENCE + ".providers..").should().dependOnClassesThat().resideInAPackage(SECTIONS + "..").check(MAIN);
    }

    @Test
    void sectionsMeetOnlyThroughEachOthersSteps() {
        for (GuideSection section : GuideSections.ALL) {
            for (GuideSection other : GuideSections.ALL) {
                if (other != section) {
                    noClasses().that().resideInAPackage(packageOf(section) + "..").should().dependOnClassesThat(
                            resideInAPackage(packageOf(other) + "..").and(not(simpleNameEndingWith("Steps")))).check(MAIN);
                }
            }
        }
    }

    @Test
    void sectionsSpeakNoHttpThemselves() {
        noClasses().that().resideInAPackage(SECTIONS + "..").should().dependOnClassesThat()
                .resideInAnyPackage("io.javalin..", "java.net.http..").check(MAIN);
    }

    /** The declaration (…Section) and the answers and forms speak to the web; the rules do not. */
    @Test
    void sectionRulesKnowNoWeb() {
        noClasses().that().resideInAnyPackage(sectionPackages()).and().haveSimpleNameNotEndingWith("Section")
                .and().haveSimpleNameNotEndingWith("Answers").and().haveSimpleNameNotEndingWith("Forms")
                .should().dependOnClassesThat().resideInAPackage(REFERENCE + ".web..").check(MAIN);
    }

    /** Only the declaration wires a provider client, and only the client (and what it sends) speaks the provider's protocol. */
    @Test
    void sectionRulesKnowNoProviderTransport() {
        noClasses().that().resideInAnyPackage(sectionPackages()).and().haveSimpleNameNotEndingWith("Section")
                .and().haveSimpleNameNotEndingWith("Client").and().haveSimpleNameNotEndingWith("Parameters")
                .and().haveSimpleNameNotEndingWith("Content")
                .should().dependOnClassesThat().resideInAPackage(REFERENCE + ".providers..").check(MAIN);
    }

    private static String[] sectionPackages() {
        return GuideSections.ALL.stream().map(section -> packageOf(section) + "..").toArray(String[]::new);
    }

    private static String packageOf(GuideSection section) {
        return section.getClass().getPackageName();
    }
}
