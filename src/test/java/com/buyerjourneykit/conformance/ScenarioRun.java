package com.buyerjourneykit.conformance;

import java.util.List;

/** One scenario run of this conformance run, as its Allure result tells it. */
public record ScenarioRun(String scenarioId, String name, String example, String language, String channel, RunStatus status,
                          List<String> requirements, String message) {

    /** How a person finds the run again: scenario, language, channel, the example's values (outlines) and name. */
    public String describe() {
        return scenarioId + " " + language + " " + channel + (example.isEmpty() ? "" : " [" + example + "]") + " — " + name;
    }

    /** The first line of what went wrong (or why it does not apply), kept short for the summary. */
    public String reason() {
        String firstLine = message.lines().findFirst().orElse("").strip();
        return firstLine.length() > 300 ? firstLine.substring(0, 300) + "…" : firstLine;
    }
}
