package com.buyerjourneykit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.simulator.Simulator;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The simulator's providers are units: one never uses another's classes, only the read-only views
 * of {@code simulator.published}, which use JDK types alone. Proven against a fixture that breaks
 * the rule, so the rule cannot silently stop seeing anything.
 */
class ProviderRulesTest {
    private static final String SIMULATOR = "com.buyerjourneykit.simulator";
    private static final String FIXTURES = "com.buyerjourneykit.architecture.fixtures.providers";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(SIMULATOR);

    @Test
    void aProviderSeesAnotherOnlyThroughItsPublishedViews() {
        providersStayInside(MAIN).check(MAIN);
    }

    @Test
    void publishedViewsUseOnlyJdkTypes() {
        classes().that().resideInAPackage(SIMULATOR + ".published..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", SIMULATOR + ".published..")
                .check(MAIN);
    }

    @Test
    void theRuleReportsAProviderThatReachesIntoAnother() {
        JavaClasses fixtures = new ClassFileImporter().importPackages(FIXTURES);

        EvaluationResult result = providersStayInside(fixtures).evaluate(fixtures);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .allMatch(line -> line.contains("PeeksIntoAlpha"))
                .anyMatch(line -> line.contains("AlphaProvider"));
    }

    @Test
    void theEmbeddableSimulatorShowsOnlyJdkTypes() {
        Stream<Class<?>> shown = Arrays.stream(Simulator.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .flatMap(method -> Stream.concat(Stream.of(method.getReturnType()), Arrays.stream(method.getParameterTypes())));

        assertThat(shown).allMatch(type -> type == Simulator.class || type.isPrimitive() || type.getName().startsWith("java."));
    }

    private static ArchRule providersStayInside(JavaClasses classes) {
        StayingInsideItsProvider condition = StayingInsideItsProvider.among(classes);
        return classes().that(condition.inAProviderPackage()).should(condition);
    }
}
