package com.buyerjourneykit.report.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One {@code *-result.json} of the journey run, read the way the report writes it: labels (tags without their
 * {@code @}), parameters, status and message. The guidebook, the requirement matrix and the conformance summary
 * each turn it into their own view.
 */
public record AllureResult(JsonNode json) {
    private static final Pattern REQUIREMENT = Pattern.compile("[A-Z]{2,5}-\\d{2}");

    public String name() {
        return json.path("name").asText("");
    }

    /** Where the scenario is, {@code features/en/01-alipay-account/enter-sms-code.feature:39}. */
    public String fullName() {
        return json.path("fullName").asText("");
    }

    /** Allure's own word: passed, failed, broken or skipped. */
    public String status() {
        return json.path("status").asText("");
    }

    public String message() {
        return json.path("statusDetails").path("message").asText("");
    }

    public long stop() {
        return json.path("stop").asLong(0);
    }

    public JsonNode steps() {
        return json.path("steps");
    }

    public Optional<String> label(String name) {
        return labels(name).stream().findFirst();
    }

    public List<String> labels(String name) {
        List<String> values = new ArrayList<>();
        json.path("labels").forEach(label -> {
            if (name.equals(label.path("name").asText())) {
                values.add(label.path("value").asText("").replaceFirst("^@", ""));
            }
        });
        return values;
    }

    /** The requirement IDs among the tags, each once, in the order the scenario carries them. */
    public List<String> requirements() {
        return labels("tag").stream().filter(tag -> REQUIREMENT.matcher(tag).matches()).distinct().toList();
    }

    public Optional<String> parameter(String name) {
        for (JsonNode parameter : json.path("parameters")) {
            if (name.equals(parameter.path("name").asText())) {
                return Optional.of(parameter.path("value").asText(""));
            }
        }
        return Optional.empty();
    }

    /** An outline's example as {@code name=value, …}, without the parameters named in {@code leftOut}. */
    public String example(String... leftOut) {
        List<String> values = new ArrayList<>();
        json.path("parameters").forEach(parameter -> {
            if (!List.of(leftOut).contains(parameter.path("name").asText())) {
                values.add(parameter.path("name").asText() + "=" + parameter.path("value").asText());
            }
        });
        return String.join(", ", values);
    }
}
