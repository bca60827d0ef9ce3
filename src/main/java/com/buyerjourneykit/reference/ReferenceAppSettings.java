package com.buyerjourneykit.reference;

import java.time.Duration;

/**
 * Where the reference app listens, where it keeps journeys, and where it finds the providers
 * (base URLs, exactly as a partner's system would be configured).
 */
public record ReferenceAppSettings(int port, String databaseUrl, String alipayUrl, String member1688Url,
                                   Duration providerTimeout) {

    /** The default store: an H2 file, so journeys survive a restart (JRN-04). */
    public static final String DEFAULT_DATABASE = "jdbc:h2:file:./target/reference-db/journeys";

    /** All providers at one simulator: {@code <base>/alipay}, {@code <base>/1688}, {@code <base>/worldfirst}. */
    public static ReferenceAppSettings forSimulator(String simulatorBaseUrl) {
        return new ReferenceAppSettings(0, DEFAULT_DATABASE, simulatorBaseUrl + "/alipay", simulatorBaseUrl + "/1688",
                Duration.ofSeconds(5));
    }

    public ReferenceAppSettings withPort(int newPort) {
        return new ReferenceAppSettings(newPort, databaseUrl, alipayUrl, member1688Url, providerTimeout);
    }

    public ReferenceAppSettings withDatabase(String jdbcUrl) {
        return new ReferenceAppSettings(port, jdbcUrl, alipayUrl, member1688Url, providerTimeout);
    }
}
