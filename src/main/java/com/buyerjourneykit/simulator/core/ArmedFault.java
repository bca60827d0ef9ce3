package com.buyerjourneykit.simulator.core;

import java.time.Duration;

/**
 * A fault waiting to fire: operation {@code operation} of {@code provider}, for the buyer known
 * by {@code buyer} (an E.164 mobile, or a member name or id: {@code buyerField} says which), on
 * its next {@code remaining} calls. {@code delay} is how long {@code no-answer} holds back.
 */
public record ArmedFault(String provider, String operation, String buyerField, String buyer, FaultKind kind,
                         int remaining, Duration delay) {

    boolean isFor(String calledProvider, String calledOperation) {
        return provider.equals(calledProvider) && operation.equals(calledOperation);
    }

    boolean isFor(Buyer caller) {
        return caller.isKnownBy(buyer);
    }

    ArmedFault spentOnce() {
        return new ArmedFault(provider, operation, buyerField, buyer, kind, remaining - 1, delay);
    }
}
