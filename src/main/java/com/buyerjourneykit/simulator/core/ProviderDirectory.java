package com.buyerjourneykit.simulator.core;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The read-only views providers publish about themselves (interfaces of
 * {@code simulator.published}), found by type. Views are looked up when a request needs them,
 * so providers may be built in any order.
 */
public final class ProviderDirectory {
    private final Map<Class<?>, Object> views = new ConcurrentHashMap<>();

    public <T> void publish(Class<T> type, T view) {
        if (views.putIfAbsent(type, view) != null) {
            throw new IllegalStateException(type.getName() + " is already published by another provider");
        }
    }

    public <T> T view(Class<T> type) {
        Object view = views.get(type);
        if (view == null) {
            throw new IllegalStateException("No registered provider publishes " + type.getName());
        }
        return type.cast(view);
    }
}
