package com.buyerjourneykit.badinput;

import java.util.Map;

/**
 * Page refusals the app still owes the page contract: the field refused is not an input of the page
 * (a query parameter, a hidden idempotency key), so no {@code data-field}/{@code data-rule} marks it and
 * the page names field and rule only as facts. Found by this generator; the app layer is to mark them,
 * then an entry here is deleted. Nothing else is excused.
 */
final class KnownPageGaps {
    /** Page path ending -> the one field whose refusal is named only by facts. */
    private static final Map<String, String> FACTS_ONLY = Map.of(
            "/worldfirst/balances", "journeyId",
            "/worldfirst/linked-1688-accounts", "journeyId",
            "/worldfirst/receiving-accounts", "idempotencyKey",
            "/worldfirst/conversions", "idempotencyKey");

    private KnownPageGaps() {
    }

    static boolean namesOnlyByFacts(Shot shot, Reply refusal) {
        String path = shot.path().replaceFirst("\\?.*", "");
        return FACTS_ONLY.entrySet().stream().anyMatch(gap -> path.endsWith(gap.getKey())
                && refusal.body().contains("value=\"" + gap.getValue() + "\" hidden data-name=\"field\"")
                && refusal.body().contains("hidden data-name=\"rule\""));
    }
}
