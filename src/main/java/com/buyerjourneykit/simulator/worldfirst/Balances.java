package com.buyerjourneykit.simulator.worldfirst;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The balance of each World Account per currency, in minor units. Changes are atomic per
 * account, so a conversion's debit and credit happen together or not at all.
 */
final class Balances {
    private final Map<String, Map<String, Long>> byAccount = new ConcurrentHashMap<>();

    synchronized void credit(String worldAccountId, Money amount) {
        wallet(worldAccountId).merge(amount.currency(), amount.minorUnits(), Math::addExact);
    }

    /** Control only: the balance becomes {@code amount}, whatever it was. */
    synchronized void set(String worldAccountId, Money amount) {
        wallet(worldAccountId).put(amount.currency(), amount.minorUnits());
    }

    synchronized Money of(String worldAccountId, String currency) {
        return new Money(currency, wallet(worldAccountId).getOrDefault(currency, 0L));
    }

    /** Debits {@code sell} and credits {@code buy}, or refuses with BALANCE_NOT_ENOUGH and changes nothing. */
    synchronized void exchange(String worldAccountId, Money sell, Money buy) {
        long available = of(worldAccountId, sell.currency()).minorUnits();
        if (available < sell.minorUnits()) {
            throw new Refusal("BALANCE_NOT_ENOUGH", "the " + sell.currency() + " balance is " + available
                    + " minor units; the conversion needs " + sell.minorUnits());
        }
        wallet(worldAccountId).put(sell.currency(), available - sell.minorUnits());
        credit(worldAccountId, buy);
    }

    /** Takes {@code amount} if the balance covers it (true), else changes nothing (false). */
    synchronized boolean debit(String worldAccountId, Money amount) {
        long available = of(worldAccountId, amount.currency()).minorUnits();
        if (amount.minorUnits() <= 0 || available < amount.minorUnits()) {
            return false;
        }
        wallet(worldAccountId).put(amount.currency(), available - amount.minorUnits());
        return true;
    }

    /** Every currency the account holds money in, sorted by code. */
    synchronized Map<String, Long> all(String worldAccountId) {
        return new TreeMap<>(wallet(worldAccountId));
    }

    void forgetAll() {
        byAccount.clear();
    }

    private Map<String, Long> wallet(String worldAccountId) {
        return byAccount.computeIfAbsent(worldAccountId, any -> new ConcurrentHashMap<>());
    }
}
