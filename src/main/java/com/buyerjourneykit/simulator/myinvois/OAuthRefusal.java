package com.buyerjourneykit.simulator.myinvois;

/** A token request refused with an OAuth 2.0 error code ({@code invalid_client}, …) and a description. */
final class OAuthRefusal extends RuntimeException {
    private final String error;

    OAuthRefusal(String error, String description) {
        super(description, null, false, false);
        this.error = error;
    }

    String error() {
        return error;
    }
}
