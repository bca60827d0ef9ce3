package com.buyerjourneykit.simulator.published;

/** How a World Pay debit ended: done (now or by an earlier call with the same id), or refused with nothing changed. */
public enum WorldPayDebitOutcome {
    DEBITED,
    BALANCE_NOT_ENOUGH,
    NOT_AUTHORISED
}
