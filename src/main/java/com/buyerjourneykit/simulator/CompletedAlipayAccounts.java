package com.buyerjourneykit.simulator;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stand-in for the Alipay personal-account registry: the mobiles (E.164) the harness declared
 * complete through {@code POST /__admin/sim/alipay/completed-accounts}. Replaced by the real
 * registry when the Alipay account steps are simulated.
 */
public final class CompletedAlipayAccounts implements AlipayAccountStatus {
    private final Set<String> completed = ConcurrentHashMap.newKeySet();

    public void markComplete(String e164) {
        completed.add(e164);
    }

    @Override
    public boolean isComplete(String e164) {
        return completed.contains(e164);
    }

    public void clear() {
        completed.clear();
    }
}
