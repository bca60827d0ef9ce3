package com.buyerjourneykit.reference;

/**
 * The app as a MyInvois ERP client, logging in as its taxpayer: the base URL (its
 * {@code /connect/token} and {@code /api/v1.0/…} paths follow), the client id and secret, and the
 * taxpayer's TIN and registered name, which a self-billed invoice names as the buyer who issues it.
 */
public record MyInvoisClientSettings(String url, String clientId, String clientSecret, String taxpayerTin, String taxpayerName) {
    /** The client the simulator publishes, for tests only: never a real MyInvois secret. */
    public static final String SIMULATOR_CLIENT_ID = "bjk-reference-app";
    public static final String SIMULATOR_CLIENT_SECRET = "bjk-myinvois-test-secret";
    public static final String SIMULATOR_TAXPAYER_TIN = "IG12345678901";
    public static final String DEFAULT_TAXPAYER_NAME = "Buyer Journey Kit test taxpayer";

    public static MyInvoisClientSettings simulatorTestClient(String url) {
        return new MyInvoisClientSettings(url, SIMULATOR_CLIENT_ID, SIMULATOR_CLIENT_SECRET, SIMULATOR_TAXPAYER_TIN,
                DEFAULT_TAXPAYER_NAME);
    }

    public MyInvoisClientSettings withUrl(String newUrl) {
        return new MyInvoisClientSettings(newUrl, clientId, clientSecret, taxpayerTin, taxpayerName);
    }

    /** The client secret never reaches a log. */
    @Override
    public String toString() {
        return "MyInvoisClientSettings[url=" + url + ", clientId=" + clientId + ", clientSecret=******, taxpayerTin=" + taxpayerTin
                + ", taxpayerName=" + taxpayerName + "]";
    }
}
