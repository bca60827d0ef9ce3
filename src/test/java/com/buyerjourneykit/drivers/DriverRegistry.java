package com.buyerjourneykit.drivers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The drivers one channel (or the simulator's control API) provides, by the interface of their
 * actor. Filling it is one line per actor: {@code registry.provide(AlipayCodeDriver.class, () -> …)}.
 */
public final class DriverRegistry {
    private final Map<Class<?>, Supplier<?>> byActor = new LinkedHashMap<>();

    public <T> DriverRegistry provide(Class<T> actor, Supplier<? extends T> driver) {
        byActor.put(actor, driver);
        return this;
    }

    public <T> Optional<T> driver(Class<T> actor) {
        return Optional.ofNullable(byActor.get(actor)).map(driver -> actor.cast(driver.get()));
    }
}
