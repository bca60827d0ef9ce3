package com.buyerjourneykit.reference;

import com.buyerjourneykit.signing.Pem;

/**
 * The app as a WorldFirst client: the gateway's base URL (its {@code /amsin/api/v1/…} paths follow),
 * the client id and key version it signs as, its private key (PKCS#8 PEM) and WorldFirst's public
 * key, with which every answer and notification is checked.
 */
public record WorldFirstClientSettings(String url, String clientId, String keyVersion, String clientPrivateKeyPem,
                                       String worldFirstPublicKeyPem) {
    /** The client the simulator publishes; its keys are test keys in {@code stubs/worldfirst/keys/}, never for real use. */
    public static final String SIMULATOR_CLIENT_ID = "bjk-reference-app";

    public static WorldFirstClientSettings simulatorTestClient(String url) {
        return new WorldFirstClientSettings(url, SIMULATOR_CLIENT_ID, "1", Pem.resource("client-private.pem"),
                Pem.resource("simulator-public.pem"));
    }

    public WorldFirstClientSettings withUrl(String newUrl) {
        return new WorldFirstClientSettings(newUrl, clientId, keyVersion, clientPrivateKeyPem, worldFirstPublicKeyPem);
    }

    /** The private key never reaches a log. */
    @Override
    public String toString() {
        return "WorldFirstClientSettings[url=" + url + ", clientId=" + clientId + ", keyVersion=" + keyVersion
                + ", clientPrivateKeyPem=******]";
    }
}
