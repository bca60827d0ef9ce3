package com.buyerjourneykit.simulator.myinvois;

import com.buyerjourneykit.simulator.clock.VirtualClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens handed out by {@code /connect/token}: opaque random strings (never logged), each
 * for one client and valid {@link #LIFETIME} on the shared virtual clock, as MyInvois's 60 minutes.
 */
final class Tokens {
    static final Duration LIFETIME = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final VirtualClock clock;
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    Tokens(VirtualClock clock) {
        this.clock = clock;
    }

    private record Issued(Clients.Client client, Instant expiresAt) {
    }

    String issue(Clients.Client client) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        issued.put(token, new Issued(client, clock.now().plus(LIFETIME)));
        return token;
    }

    /** The client of a token that is known and not expired at the virtual now (expired at exactly 60:00). */
    Optional<Clients.Client> clientOf(String token) {
        return Optional.ofNullable(token == null ? null : issued.get(token))
                .filter(known -> clock.now().isBefore(known.expiresAt()))
                .map(Issued::client);
    }

    void forgetAll() {
        issued.clear();
    }
}
