package com.buyerjourneykit.reference.journey;

/** A provider did not answer in time or answered nonsense; nothing was changed on our side. */
public final class ProviderUnavailable extends RuntimeException {
    private final String provider;

    /** {@code provider} as the buyer knows it: {@code Alipay}, {@code 1688}. */
    public ProviderUnavailable(String provider, Throwable cause) {
        super(provider + " did not answer as expected: " + describe(cause), cause);
        this.provider = provider;
    }

    public ProviderUnavailable(String provider, String detail) {
        super(provider + " did not answer as expected: " + detail);
        this.provider = provider;
    }

    public String provider() {
        return provider;
    }

    private static String describe(Throwable cause) {
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
