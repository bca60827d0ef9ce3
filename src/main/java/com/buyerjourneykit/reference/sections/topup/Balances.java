package com.buyerjourneykit.reference.sections.topup;

import java.util.Map;
import java.util.TreeMap;

/** The World Account's balances, one per currency with an account or money; CNH always, since 1688 is paid from it (TOP-07). */
final class Balances {
    private final WorldFirstFundsClient worldFirst;

    Balances(WorldFirstFundsClient worldFirst) {
        this.worldFirst = worldFirst;
    }

    /** Available balance by currency, CNH first, then the others alphabetically. */
    Map<String, Amount> of(String worldAccountId) {
        FundsReply answer = WorldFirstRefusals.successOrRefuse("account/inquiryBalance", worldFirst.balances(worldAccountId), "");
        Map<String, Amount> balances = new TreeMap<>((left, right) -> rank(left).compareTo(rank(right)));
        balances.put(CurrencyCode.CNH, new Amount(CurrencyCode.CNH, 0));
        answer.path("accountBalances").forEach(balance -> {
            Amount available = Amount.fromWorldFirst(balance.path("availableBalance"));
            balances.put(available.currency(), available);
        });
        return balances;
    }

    Amount cnh(String worldAccountId) {
        return of(worldAccountId).get(CurrencyCode.CNH);
    }

    private static String rank(String currency) {
        return (CurrencyCode.CNH.equals(currency) ? "0" : "1") + currency;
    }
}
