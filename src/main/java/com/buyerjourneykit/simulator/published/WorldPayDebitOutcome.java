package com.buyerjourneykit.simulator.published;

/**
 * How a World Pay debit ended: done (now or by an earlier call with the same id), refused with
 * nothing changed, or unanswered (the money may have moved: ask again with the same id).
 */
public enum WorldPayDebitOutcome {
    DEBITED,
    BALANCE_NOT_ENOUGH,
    NOT_AUTHORISED,
    UNAVAILABLE
}
