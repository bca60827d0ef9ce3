package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.published.WorldPayDebitOutcome;
import com.buyerjourneykit.simulator.published.WorldPayDebits;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * World Pay (跨境宝) debits asked for by 1688's cashier: from the CNH balance of the World Account
 * the 1688 ID is authorised under, once per debit id. One lock for check-and-debit, so concurrent
 * payments never take the balance below zero and a repeated id never debits twice. A fault armed by
 * control ({@link DebitFaults}) loses the answer before or after the money moved: {@code UNAVAILABLE}.
 */
final class WorldPayDebitDesk implements WorldPayDebits {
    static final String CNH = "CNH";
    private final Links links;
    private final Balances balances;
    private final DebitFaults faults;
    private final Map<String, Long> debited = new ConcurrentHashMap<>();

    WorldPayDebitDesk(Links links, Balances balances, DebitFaults faults) {
        this.links = links;
        this.balances = balances;
        this.faults = faults;
    }

    @Override
    public synchronized WorldPayDebitOutcome debit(String alibaba1688Id, String debitId, long cnhMinorUnits) {
        Optional<DebitFaults.When> fault = links.worldAccountOf(alibaba1688Id).flatMap(faults::take);
        if (fault.isPresent() && fault.get() == DebitFaults.When.BEFORE_DEBITING) {
            return WorldPayDebitOutcome.UNAVAILABLE;
        }
        WorldPayDebitOutcome outcome = debitOnce(alibaba1688Id, debitId, cnhMinorUnits);
        return fault.isPresent() && outcome == WorldPayDebitOutcome.DEBITED ? WorldPayDebitOutcome.UNAVAILABLE : outcome;
    }

    private WorldPayDebitOutcome debitOnce(String alibaba1688Id, String debitId, long cnhMinorUnits) {
        if (debited.containsKey(debitId)) {
            return WorldPayDebitOutcome.DEBITED;
        }
        String worldAccountId = links.worldAccountOf(alibaba1688Id).orElse(null);
        if (worldAccountId == null) {
            return WorldPayDebitOutcome.NOT_AUTHORISED;
        }
        if (!balances.debit(worldAccountId, new Money(CNH, cnhMinorUnits))) {
            return WorldPayDebitOutcome.BALANCE_NOT_ENOUGH;
        }
        debited.put(debitId, cnhMinorUnits);
        return WorldPayDebitOutcome.DEBITED;
    }

    synchronized void forgetAll() {
        debited.clear();
        faults.forgetAll();
    }
}
