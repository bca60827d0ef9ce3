package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.signing.Pem;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The partners allowed to call: client id → public key (and key version) and where their
 * notifications go. The reference app's client is built in, with the test key of
 * {@code stubs/worldfirst/keys/client-public.pem}. A reset keeps them: they are set-up, not buyers.
 */
final class Clients {
    static final String REFERENCE_CLIENT_ID = "bjk-reference-app";
    static final String DEFAULT_KEY_VERSION = "1";
    private final Map<String, Client> byId = new ConcurrentHashMap<>();

    Clients() {
        register(new Client(REFERENCE_CLIENT_ID, Pem.publicKey(Pem.resource("client-public.pem")), DEFAULT_KEY_VERSION, null));
    }

    record Client(String clientId, PublicKey publicKey, String keyVersion, String notifyUrl) {
        Client withNotifyUrl(String url) {
            return new Client(clientId, publicKey, keyVersion, url);
        }
    }

    void register(Client client) {
        byId.merge(client.clientId(), client, (old, fresh) -> fresh.notifyUrl() == null ? fresh.withNotifyUrl(old.notifyUrl()) : fresh);
    }

    Optional<Client> byId(String clientId) {
        return Optional.ofNullable(clientId).map(byId::get);
    }

    /** False when no such client is registered. */
    boolean setNotifyUrl(String clientId, String url) {
        return byId.computeIfPresent(clientId, (id, client) -> client.withNotifyUrl(url)) != null;
    }
}
