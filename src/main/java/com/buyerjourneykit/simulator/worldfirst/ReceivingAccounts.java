package com.buyerjourneykit.simulator.worldfirst;

import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Every receiving account by its account number (12 digits, simulated). */
final class ReceivingAccounts {
    private static final long ELEVEN_DIGITS = 100_000_000_000L;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, ReceivingAccount> byNumber = new ConcurrentHashMap<>();

    String newAccountNo() {
        return Long.toString(ELEVEN_DIGITS * 6 + Math.floorMod(random.nextLong(), ELEVEN_DIGITS));
    }

    void add(ReceivingAccount account) {
        byNumber.put(account.accountNo(), account);
    }

    Optional<ReceivingAccount> byNumber(String accountNo) {
        return Optional.ofNullable(byNumber.get(accountNo));
    }

    List<ReceivingAccount> of(String worldAccountId) {
        return byNumber.values().stream().filter(account -> account.worldAccountId().equals(worldAccountId))
                .sorted(Comparator.comparing(ReceivingAccount::createdAt).thenComparing(ReceivingAccount::accountNo)).toList();
    }

    void forgetAll() {
        byNumber.clear();
    }
}
