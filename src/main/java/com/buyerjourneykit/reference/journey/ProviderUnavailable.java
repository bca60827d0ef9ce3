package com.buyerjourneykit.reference.journey;

/** A provider did not answer in time or answered nonsense; nothing was changed on our side. */
public final class ProviderUnavailable extends RuntimeException {
    public ProviderUnavailable(String provider, Throwable cause) {
        super(provider + " did not answer as expected: " + cause.getMessage(), cause);
    }

    public ProviderUnavailable(String provider, String detail) {
        super(provider + " did not answer as expected: " + detail);
    }
}
