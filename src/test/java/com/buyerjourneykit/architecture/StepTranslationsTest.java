package com.buyerjourneykit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** One Java method serves each step in all four languages: every step method has en, ru, tr and zh_cn annotations. */
class StepTranslationsTest {
    private static final List<String> LANGUAGE_PACKAGES = List.of("io.cucumber.java.en", "io.cucumber.java.ru",
            "io.cucumber.java.tr", "io.cucumber.java.zh_cn");

    @Test
    void everyStepMethodSpeaksAllFourLanguages() {
        for (JavaClass steps : new ClassFileImporter().importPackages("com.buyerjourneykit.steps")) {
            for (JavaMethod method : steps.getMethods()) {
                Set<String> languages = languagesOf(method.reflect().getAnnotations());
                if (!languages.isEmpty()) {
                    assertThat(languages).as("languages of %s", method.getFullName()).containsExactlyElementsOf(LANGUAGE_PACKAGES);
                }
            }
        }
    }

    private static Set<String> languagesOf(Annotation[] annotations) {
        Set<String> languages = new TreeSet<>();
        for (Annotation annotation : annotations) {
            String name = annotation.annotationType().getPackageName();
            if (LANGUAGE_PACKAGES.contains(name)) {
                languages.add(name);
            }
            if (annotation.annotationType().getSimpleName().endsWith("s") && name.startsWith("io.cucumber.java.")) {
                languages.add(name);
            }
        }
        return languages;
    }
}
