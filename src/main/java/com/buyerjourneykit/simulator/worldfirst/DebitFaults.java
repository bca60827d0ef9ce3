package com.buyerjourneykit.simulator.worldfirst;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * World Pay debits told to go unanswered, per World Account, for its next {@code times} debits:
 * WorldFirst's answer to 1688 is lost, either before the money moved or after it did (the line
 * dropped on the way back). 1688 then cannot say how the payment ended; asked again with the same
 * debit id, WorldFirst answers the debit it made, never a second one.
 */
final class DebitFaults {
    enum When { AFTER_DEBITING, BEFORE_DEBITING }

    private record Armed(When when, int remaining) {
    }

    private final Map<String, Armed> armed = new ConcurrentHashMap<>();

    void arm(String worldAccountId, When when, int times) {
        armed.put(worldAccountId, new Armed(when, times));
    }

    /** The fault for this account's debit now, if one is armed; each use counts down. */
    Optional<When> take(String worldAccountId) {
        Armed[] taken = new Armed[1];
        armed.computeIfPresent(worldAccountId, (id, fault) -> {
            taken[0] = fault;
            return fault.remaining() > 1 ? new Armed(fault.when(), fault.remaining() - 1) : null;
        });
        return Optional.ofNullable(taken[0]).map(Armed::when);
    }

    void forgetAll() {
        armed.clear();
    }
}
