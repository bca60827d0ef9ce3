package com.buyerjourneykit.reference.sections.worldpayauth;

import java.util.Map;

/** What WorldFirst said to a World Pay authorisation step, in the app's words: an outcome id and its facts. */
public record AuthorisationOutcome(String id, boolean accepted, Map<String, Object> facts) {
    static final String CODE_SENT = "authorisation-code-sent";
    static final String ACTIVATED = "worldpay-activated";
    static final String LINKED = "linked-1688-accounts";
    static final String NONE_WAITING = "no-authorisation-waiting";

    public static AuthorisationOutcome accepted(String id, Map<String, Object> facts) {
        return new AuthorisationOutcome(id, true, facts);
    }

    public static AuthorisationOutcome refused(String id, Map<String, Object> facts) {
        return new AuthorisationOutcome(id, false, facts);
    }

    String fact(String name) {
        return String.valueOf(facts.get(name));
    }
}
