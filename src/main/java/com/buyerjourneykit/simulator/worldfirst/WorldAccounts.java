package com.buyerjourneykit.simulator.worldfirst;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Every World Account by id; one account per mobile and per e-mail address, claimed atomically. */
final class WorldAccounts {
    private static final long TWELVE_DIGITS = 1_000_000_000_000L;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, WorldAccount> byId = new ConcurrentHashMap<>();
    private final Map<String, String> idByContact = new ConcurrentHashMap<>();

    /** Opens the account built from a fresh id, or refuses when its mobile or e-mail already has one. */
    synchronized WorldAccount open(Function<String, WorldAccount> withId) {
        WorldAccount account = withId.apply("wfa-" + (TWELVE_DIGITS + Math.floorMod(random.nextLong(), 9 * TWELVE_DIGITS)));
        requireFree(account.mobile().e164(), account.email());
        idByContact.put(account.mobile().e164(), account.worldAccountId());
        if (account.email() != null) {
            idByContact.put(account.email(), account.worldAccountId());
        }
        byId.put(account.worldAccountId(), account);
        return account;
    }

    /** Refuses with ACCOUNT_ALREADY_EXIST when the mobile or the e-mail (may be null) has an account. */
    void requireFree(String e164, String email) {
        if (idByContact.containsKey(e164) || (email != null && idByContact.containsKey(email))) {
            throw new Refusal("ACCOUNT_ALREADY_EXIST", "a World Account with this mobile or e-mail already exists");
        }
    }

    Optional<WorldAccount> byId(String worldAccountId) {
        return Optional.ofNullable(byId.get(worldAccountId));
    }

    /** The account a request names, or USER_NOT_EXIST; another client's accounts are not visible. */
    WorldAccount require(WorldFirstRequest request) {
        String id = request.identifier("worldAccountId");
        return byId(id).filter(account -> account.clientId().equals(request.clientId()))
                .orElseThrow(() -> new Refusal("USER_NOT_EXIST", "no World Account has this worldAccountId")
                        .with("field", "worldAccountId"));
    }

    void forgetAll() {
        byId.clear();
        idByContact.clear();
    }
}
