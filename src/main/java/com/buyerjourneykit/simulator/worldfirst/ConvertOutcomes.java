package com.buyerjourneykit.simulator.worldfirst;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Conversions told to end in {@code U} (unknown), per World Account, for the next applyQuote
 * only: the conversion is made (or, if asked, not made) but the answer says UNKNOWN_EXCEPTION,
 * as when the line drops. The app must re-query by request id or retry with the same one.
 */
final class ConvertOutcomes {
    enum Unknown { AFTER_CONVERTING, BEFORE_CONVERTING }

    private final Map<String, Unknown> next = new ConcurrentHashMap<>();

    void answerUnknownNext(String worldAccountId, Unknown when) {
        next.put(worldAccountId, when);
    }

    /** The fault set for this account's next conversion, used up by asking. */
    Unknown take(String worldAccountId) {
        return next.remove(worldAccountId);
    }

    void forgetAll() {
        next.clear();
    }
}
