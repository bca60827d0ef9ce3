package com.buyerjourneykit.report.guidebook;

import java.util.List;

/**
 * One scenario as one channel ran it, read from its Allure result.
 *
 * @param location the feature file and line, {@code features/en/01-alipay-account/enter-sms-code.feature:39}
 * @param section  the folder of the guide section, {@code 01-alipay-account}
 * @param why      for a failure its message, for a left-out scenario the reason; else empty
 */
public record ScenarioRun(String language, String channel, String location, String section, String feature,
                          String name, List<String> requirements, Verdict verdict, String why,
                          List<StepRun> steps, long stop) {

    public static final String API = "api";
    public static final String WEB = "web";

    /** The key that pairs the REST and browser runs of one scenario. */
    public String scenarioKey() {
        return location;
    }

    /** Feature file, then line as a number: the order the guide's files are read in. */
    public String sortKey() {
        int colon = location.lastIndexOf(':');
        String line = colon < 0 ? "0" : location.substring(colon + 1);
        String file = colon < 0 ? location : location.substring(0, colon);
        return file + ":" + "0".repeat(Math.max(0, 6 - line.length())) + line;
    }
}
