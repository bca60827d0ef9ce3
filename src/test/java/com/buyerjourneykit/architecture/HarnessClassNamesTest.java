package com.buyerjourneykit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One name, one thing: a class of the harness (steps, DSL, drivers) shares its simple name with no other class of the kit. */
class HarnessClassNamesTest {
    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/architecture/fixtures/")).importPackages(LayerRules.ROOT);

    @Test
    void everyHarnessClassHasASimpleNameOfItsOwn() {
        Map<String, List<String>> byName = ALL.stream().filter(JavaClass::isTopLevelClass)
                .collect(Collectors.groupingBy(JavaClass::getSimpleName, Collectors.mapping(JavaClass::getName, Collectors.toList())));
        List<List<String>> sharedByTheHarness = byName.values().stream().filter(names -> names.size() > 1)
                .filter(names -> names.stream().anyMatch(HarnessClassNamesTest::inTheHarness)).toList();
        assertThat(sharedByTheHarness).as("harness classes whose simple name another class also has").isEmpty();
    }

    private static boolean inTheHarness(String className) {
        return className.matches(LayerRules.ROOT + "\\.(steps|dsl|drivers)\\..*");
    }
}
