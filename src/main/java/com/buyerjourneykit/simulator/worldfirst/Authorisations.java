package com.buyerjourneykit.simulator.worldfirst;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authorisations waiting for their code. A World Account has one at a time: its codes go to its
 * one mobile, so a new authorisation replaces the one before.
 */
final class Authorisations {
    private final Map<String, Authorisation> byId = new ConcurrentHashMap<>();

    Authorisation start(String worldAccountId, String alibaba1688Id, String nickname, CodeChannel channel) {
        byId.values().removeIf(pending -> pending.worldAccountId().equals(worldAccountId));
        Authorisation started = new Authorisation("auth-" + UUID.randomUUID(), worldAccountId, alibaba1688Id, nickname, channel);
        byId.put(started.authorisationId(), started);
        return started;
    }

    Authorisation require(WorldFirstRequest request) {
        String id = request.identifier("authorisationId");
        return Optional.ofNullable(byId.get(id)).orElseThrow(() -> new Refusal("AUTHORISATION_NOT_EXIST",
                "no authorisation waits under this authorisationId (confirmed, replaced or never started)"));
    }

    void update(Authorisation authorisation) {
        byId.replace(authorisation.authorisationId(), authorisation);
    }

    void finish(Authorisation authorisation) {
        byId.remove(authorisation.authorisationId());
    }

    void forgetAll() {
        byId.clear();
    }
}
