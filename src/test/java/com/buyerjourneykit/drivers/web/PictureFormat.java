package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.Settings;
import java.util.Locale;
import java.util.Map;

/**
 * How Chromium encodes a screen ({@code bjk.screenshot.format}): JPEG by default, which Chromium
 * encodes in about half the time of a PNG, and which reads as well at this quality on the guide's
 * pages of text and flat colour; {@code png} for lossless pictures. Either is encoded "for speed"
 * (for PNG: the same pixels, less compression).
 */
enum PictureFormat {
    JPEG(Map.of("format", "jpeg", "quality", 90, "optimizeForSpeed", true)),
    PNG(Map.of("format", "png", "optimizeForSpeed", true));

    private final Map<String, Object> parameters;

    PictureFormat(Map<String, Object> parameters) {
        this.parameters = parameters;
    }

    static PictureFormat configured() {
        return valueOf(Settings.get("bjk.screenshot.format", "jpeg").toUpperCase(Locale.ROOT));
    }

    /** Page.captureScreenshot's parameters for this format. */
    Map<String, Object> parameters() {
        return parameters;
    }
}
