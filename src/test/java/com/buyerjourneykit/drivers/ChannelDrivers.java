package com.buyerjourneykit.drivers;

import java.util.Optional;

/**
 * One channel's drivers for one scenario, by actor: {@code driver(AlipayCodeDriver.class)}. A
 * channel fills a {@link DriverRegistry}, one line per actor, so a new actor breaks no channel; an
 * actor a channel does not provide is empty, and the scenario is reported as not implemented by
 * this channel. Picked by {@code bjk.channel}: {@code api}, {@code web}, or the class name of a
 * partner's implementation with a {@code (String baseUrl, String language)} constructor.
 */
public interface ChannelDrivers extends AutoCloseable {

    String name();

    <T> Optional<T> driver(Class<T> actor);

    Evidence evidence();

    @Override
    void close();
}
