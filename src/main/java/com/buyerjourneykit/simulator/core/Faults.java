package com.buyerjourneykit.simulator.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Faults on demand, armed through the control API and fired by {@link ProviderGate} before the
 * provider sees the call, so a failed call changes nothing and the retry works. Oldest first.
 */
public final class Faults {
    private final List<ArmedFault> armed = new ArrayList<>();

    public synchronized void arm(ArmedFault fault) {
        armed.add(fault);
    }

    public synchronized List<ArmedFault> list() {
        return List.copyOf(armed);
    }

    public synchronized void clear() {
        armed.clear();
    }

    /** The fault this call sets off, if any; it is spent by one. */
    synchronized Optional<ArmedFault> take(String provider, String operation, Buyer buyer) {
        for (int index = 0; index < armed.size(); index++) {
            ArmedFault fault = armed.get(index);
            if (fault.fires(provider, operation, buyer)) {
                ArmedFault left = fault.spentOnce();
                if (left.remaining() > 0) {
                    armed.set(index, left);
                } else {
                    armed.remove(index);
                }
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }
}
