package com.buyerjourneykit.dsl;

/** What a scenario must have learnt before a step can use it: missing, a Given step is missing. */
final class GivenFirst {
    private GivenFirst() {
    }

    static <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalStateException("The scenario has no " + what + " yet: a Given step is missing");
        }
        return value;
    }
}
