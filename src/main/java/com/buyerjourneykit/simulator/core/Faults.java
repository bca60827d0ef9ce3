package com.buyerjourneykit.simulator.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Faults on demand, armed through the control API and fired by {@link ProviderGate} before the
 * provider sees the call, so a failed call changes nothing and the retry works. Oldest first.
 */
public final class Faults {
    private final List<ArmedFault> armed = new ArrayList<>();
    /** How many are armed, readable without the lock: every provider call asks first. */
    private volatile int count;

    public synchronized void arm(ArmedFault fault) {
        armed.add(fault);
        count = armed.size();
    }

    public synchronized List<ArmedFault> list() {
        return List.copyOf(armed);
    }

    public synchronized void clear() {
        armed.clear();
        count = 0;
    }

    /** A fault armed before this call was made is counted here, so the call still takes it. */
    boolean noneArmed() {
        return count == 0;
    }

    /**
     * The fault this call sets off, if any; it is spent by one. The buyer is read from the call
     * only when a fault waits for its operation: calls nobody armed a fault for cost no parsing here.
     */
    synchronized Optional<ArmedFault> take(String provider, String operation, Supplier<Buyer> caller) {
        Buyer buyer = null;
        for (int index = 0; index < armed.size(); index++) {
            ArmedFault fault = armed.get(index);
            if (!fault.isFor(provider, operation)) {
                continue;
            }
            buyer = buyer == null ? caller.get() : buyer;
            if (fault.isFor(buyer)) {
                spend(index, fault);
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    private void spend(int index, ArmedFault fault) {
        ArmedFault left = fault.spentOnce();
        if (left.remaining() > 0) {
            armed.set(index, left);
        } else {
            armed.remove(index);
        }
        count = armed.size(); // once the last one is spent, calls go back to not asking the lock
    }
}
