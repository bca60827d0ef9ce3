package com.buyerjourneykit.drivers.launcher;

import com.buyerjourneykit.drivers.ChannelDrivers;
import java.lang.reflect.InvocationTargetException;

/** Loads a partner's {@link ChannelDrivers} by class name, so their system is tested without editing the harness. */
final class PartnerChannel {
    private PartnerChannel() {
    }

    static ChannelDrivers open(String className, String systemUrl, String language) {
        try {
            Class<?> type = Class.forName(className);
            if (!ChannelDrivers.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException("bjk.channel: " + className + " does not implement " + ChannelDrivers.class.getName());
            }
            return (ChannelDrivers) type.getConstructor(String.class, String.class).newInstance(systemUrl, language);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("bjk.channel must be api, web or a ChannelDrivers class name; not found: " + className, e);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("bjk.channel: " + className + " needs a public (String baseUrl, String language) constructor", e);
        }
    }
}
