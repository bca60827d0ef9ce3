package com.buyerjourneykit.conformance;

/** One known failure: a scenario ID, its language and channel ({@code *} for any), and why it is accepted for now. */
public record BaselineEntry(int line, String scenarioId, String language, String channel, String why) {
    private static final String ANY = "*";

    boolean matches(ScenarioRun run) {
        return scenarioId.equals(run.scenarioId()) && fits(language, run.language()) && fits(channel, run.channel());
    }

    /** How the baseline file writes it, for messages that name the line to delete. */
    public String text() {
        return scenarioId + " " + language + " " + channel;
    }

    private static boolean fits(String pattern, String value) {
        return ANY.equals(pattern) || pattern.equals(value);
    }
}
