package com.buyerjourneykit.drivers;

/**
 * One channel's drivers for one scenario. Picked by {@code bjk.channel}: {@code api}, {@code web},
 * or the class name of a partner's implementation with a {@code (String baseUrl, String language)}
 * constructor.
 */
public interface ChannelDrivers extends AutoCloseable {

    String name();

    JourneyDriver journey();

    AlipayAccountDriver alipayAccount();

    MemberAccountDriver memberAccount();

    Evidence evidence();

    @Override
    void close();
}
