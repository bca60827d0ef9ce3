package com.buyerjourneykit.reference.sections.worldaccount;

import java.util.Map;

/** What WorldFirst said to a World Account step, in the app's words: an outcome id and its facts. */
public record WorldAccountOutcome(String id, boolean accepted, Map<String, Object> facts) {
    static final String CODE_SENT = "code-sent";
    static final String OPENED = "world-account-opened";

    public static WorldAccountOutcome accepted(String id, Map<String, Object> facts) {
        return new WorldAccountOutcome(id, true, facts);
    }

    public static WorldAccountOutcome refused(String id, Map<String, Object> facts) {
        return new WorldAccountOutcome(id, false, facts);
    }

    String fact(String name) {
        return String.valueOf(facts.get(name));
    }
}
