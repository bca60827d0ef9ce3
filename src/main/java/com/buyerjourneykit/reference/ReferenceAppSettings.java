package com.buyerjourneykit.reference;

import java.time.Duration;

/** Where the reference app listens and where it finds the providers (base URLs, as a partner's system would). */
public record ReferenceAppSettings(int port, String alipayUrl, Duration providerTimeout) {

    /** All providers at one simulator: {@code <base>/alipay}, {@code <base>/1688}, {@code <base>/worldfirst}. */
    public static ReferenceAppSettings forSimulator(String simulatorBaseUrl) {
        return new ReferenceAppSettings(0, simulatorBaseUrl + "/alipay", Duration.ofSeconds(5));
    }

    public ReferenceAppSettings withPort(int newPort) {
        return new ReferenceAppSettings(newPort, alipayUrl, providerTimeout);
    }
}
