package com.buyerjourneykit.report;

import com.buyerjourneykit.drivers.Settings;
import com.buyerjourneykit.drivers.SystemUnderTest;
import io.cucumber.java.AfterAll;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Writes what ran (channel, system, simulator, browser, start times) into Allure's environment
 * panel. Each channel runs in a JVM of its own, so each adds its facts to the file, replacing only
 * its own: a fact of an earlier run never stays beside this one's (the build also empties the
 * results before a journey run). A system given by URL is named as such, with no in-process facts.
 */
public class RunFacts {

    static String channel() {
        return Settings.get("bjk.channel", "api");
    }

    @AfterAll
    public static void writeEnvironment() {
        Path file = Path.of(Settings.get("allure.results.directory", "reports/allure-results"), "environment.properties");
        Properties environment = read(file);
        String prefix = channel() + ".";
        environment.stringPropertyNames().stream().filter(key -> key.startsWith(prefix)).forEach(environment::remove);
        facts().forEach((key, value) -> environment.setProperty(prefix + key, value));
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                environment.store(writer, "Buyer Journey Kit run");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>(SystemUnderTest.configured().facts());
        if (Settings.get("bjk.sut.url", null) != null) {
            facts.put("system", "external system (bjk.sut.url)");
        }
        return facts;
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }
}
