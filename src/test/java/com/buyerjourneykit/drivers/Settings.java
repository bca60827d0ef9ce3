package com.buyerjourneykit.drivers;

import java.util.Locale;

/** Configuration of a run: system property {@code bjk.x.y}, else environment variable {@code BJK_X_Y}, else the default. */
public final class Settings {
    private Settings() {
    }

    public static String get(String key, String fallback) {
        String property = System.getProperty(key);
        if (property != null && !property.isBlank()) {
            return property;
        }
        String environment = System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_'));
        return environment == null || environment.isBlank() ? fallback : environment;
    }
}
