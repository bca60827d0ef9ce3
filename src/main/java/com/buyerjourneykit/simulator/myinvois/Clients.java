package com.buyerjourneykit.simulator.myinvois;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ERP systems allowed to log in as a taxpayer: client id, secret and the taxpayer's TIN. Only
 * a SHA-256 of each secret is kept, so no dump or log of this class can show one. Registered
 * clients survive the reset (set-up, not scenario state), as WorldFirst's do.
 */
final class Clients {
    /** TEST ONLY: the built-in client the reference app uses; never a real credential. */
    static final String DEFAULT_CLIENT_ID = "bjk-reference-app";
    static final String DEFAULT_CLIENT_SECRET = "bjk-myinvois-test-secret";
    static final String DEFAULT_TIN = Taxpayers.DEFAULT_TIN;
    private final Map<String, Client> byId = new ConcurrentHashMap<>();

    Clients() {
        register(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_TIN);
    }

    /** A client as the simulator keeps it; its {@code toString} shows no secret. */
    record Client(String clientId, byte[] secretHash, String tin) {
        boolean hasSecret(String given) {
            return MessageDigest.isEqual(secretHash, hash(given));
        }

        @Override
        public String toString() {
            return "Client[" + clientId + ", tin=" + tin + "]";
        }
    }

    void register(String clientId, String secret, String tin) {
        byId.put(clientId, new Client(clientId, hash(secret), tin));
    }

    boolean hasTin(String tin) {
        return byId.values().stream().anyMatch(client -> client.tin().equals(tin));
    }

    /** The client whose id and secret both match; empty for either wrong (one answer, so ids cannot be probed). */
    Optional<Client> authenticate(String clientId, String secret) {
        return Optional.ofNullable(byId.get(clientId)).filter(client -> client.hasSecret(secret));
    }

    private static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
