package com.buyerjourneykit.dsl;

import java.util.HashMap;
import java.util.Map;

/** The journeys this scenario has started, by buyer alias. Looking one up never starts it. */
final class StartedJourneys {
    private final Map<String, String> idsByAlias = new HashMap<>();

    void started(String alias, String journeyId) {
        idsByAlias.put(alias, journeyId);
    }

    String of(String alias) {
        String id = idsByAlias.get(alias);
        if (id == null) {
            throw new IllegalStateException("The journey of '" + alias + "' has not started in this scenario: "
                    + "start it first (\"Given the buyer has started the journey\"); started: " + idsByAlias.keySet());
        }
        return id;
    }
}
