package com.buyerjourneykit.reference;

import com.buyerjourneykit.reference.store.DatabaseSettings;
import java.time.Duration;

/**
 * Where the reference app listens, where it keeps journeys, and where it finds the providers
 * (base URLs, exactly as a partner's system would be configured), with the 1688 open-platform
 * app it signs its calls as.
 */
public record ReferenceAppSettings(String bindAddress, int port, DatabaseSettings database, String alipayUrl, String member1688Url,
                                   String member1688AppKey, String member1688AppSecret, Duration providerTimeout,
                                   WorldFirstClientSettings worldFirst, MyInvoisClientSettings myInvois) {

    /** Loopback only: the app is a test double, reachable from other machines only when asked ({@link #withBindAddress}). */
    public static final String LOOPBACK = "127.0.0.1";

    /** The default store: an H2 file, so journeys survive a restart (JRN-04). */
    public static final String DEFAULT_DATABASE = "jdbc:h2:file:./target/reference-db/journeys";
    /** The one 1688 app the simulator knows; its key and secret are published so that any client can sign. */
    public static final String SIMULATOR_1688_APP_KEY = "bjk-reference-app";
    public static final String SIMULATOR_1688_APP_SECRET = "bjk-simulator-secret";

    /** All providers at one simulator: {@code <base>/alipay}, {@code <base>/1688}, {@code <base>/worldfirst}, {@code <base>/myinvois}. */
    public static ReferenceAppSettings forSimulator(String simulatorBaseUrl) {
        return new ReferenceAppSettings(LOOPBACK, 0, DatabaseSettings.embedded(DEFAULT_DATABASE), simulatorBaseUrl + "/alipay", simulatorBaseUrl + "/1688",
                SIMULATOR_1688_APP_KEY, SIMULATOR_1688_APP_SECRET, Duration.ofSeconds(5),
                WorldFirstClientSettings.simulatorTestClient(simulatorBaseUrl + "/worldfirst"),
                MyInvoisClientSettings.simulatorTestClient(simulatorBaseUrl + "/myinvois"));
    }

    public ReferenceAppSettings withPort(int newPort) {
        return new ReferenceAppSettings(bindAddress, newPort, database, alipayUrl, member1688Url, member1688AppKey,
                member1688AppSecret, providerTimeout, worldFirst, myInvois);
    }

    /** An embedded H2 database ({@code jdbc:h2:file:…}, {@code jdbc:h2:mem:…}), or a server that asks for no credentials. */
    public ReferenceAppSettings withDatabase(String jdbcUrl) {
        return withDatabase(DatabaseSettings.embedded(jdbcUrl));
    }

    /** Any database the app has a driver for (H2, PostgreSQL), with the user and password to connect as. */
    public ReferenceAppSettings withDatabase(DatabaseSettings newDatabase) {
        return new ReferenceAppSettings(bindAddress, port, newDatabase, alipayUrl, member1688Url, member1688AppKey,
                member1688AppSecret, providerTimeout, worldFirst, myInvois);
    }

    /** The 1688 open-platform app to sign as: {@code _aop_signature} is keyed with its secret. */
    public ReferenceAppSettings withMember1688App(String appKey, String appSecret) {
        return new ReferenceAppSettings(bindAddress, port, database, alipayUrl, member1688Url, appKey, appSecret, providerTimeout,
                worldFirst, myInvois);
    }

    /** {@code 0.0.0.0} in a container, so that the published port reaches it; every interface can then reach the app. */
    public ReferenceAppSettings withBindAddress(String address) {
        return new ReferenceAppSettings(address, port, database, alipayUrl, member1688Url, member1688AppKey,
                member1688AppSecret, providerTimeout, worldFirst, myInvois);
    }

    /** How long a provider may take to answer before the buyer is told it is unavailable (short in fault tests). */
    public ReferenceAppSettings withProviderTimeout(Duration timeout) {
        return new ReferenceAppSettings(bindAddress, port, database, alipayUrl, member1688Url, member1688AppKey,
                member1688AppSecret, timeout, worldFirst, myInvois);
    }

    /** The WorldFirst client to sign as, and WorldFirst's key to check its answers with. */
    public ReferenceAppSettings withWorldFirst(WorldFirstClientSettings client) {
        return new ReferenceAppSettings(bindAddress, port, database, alipayUrl, member1688Url, member1688AppKey,
                member1688AppSecret, providerTimeout, client, myInvois);
    }

    /** The MyInvois client to log in as, and the taxpayer its self-billed invoices name as the buyer. */
    public ReferenceAppSettings withMyInvois(MyInvoisClientSettings client) {
        return new ReferenceAppSettings(bindAddress, port, database, alipayUrl, member1688Url, member1688AppKey,
                member1688AppSecret, providerTimeout, worldFirst, client);
    }

    @Override
    public String toString() {
        return "ReferenceAppSettings[bindAddress=" + bindAddress + ", port=" + port + ", database=" + database + ", alipayUrl=" + alipayUrl
                + ", member1688Url=" + member1688Url + ", member1688AppKey=" + member1688AppKey
                + ", member1688AppSecret=******, providerTimeout=" + providerTimeout + ", worldFirst=" + worldFirst
                + ", myInvois=" + myInvois + "]";
    }
}
