package com.buyerjourneykit.conformance;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --name=value} arguments from the pom (one argument each, so an empty value cannot shift the others). A value Maven could not fill in (still {@code ${…}}) or left
 * blank counts as not given, so an unset -Dbjk.sut.url needs no special case in the pom.
 */
record MainArguments(Map<String, String> values) {

    static MainArguments of(String... args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String value = equals < 0 ? "" : arg.substring(equals + 1).strip();
            if (!value.isEmpty() && !value.contains("${")) {
                values.put(arg.substring(0, equals).replaceFirst("^--", ""), value);
            }
        }
        return new MainArguments(values);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }
}
