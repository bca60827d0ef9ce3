package com.buyerjourneykit.reference.web;

import java.util.Map;
import java.util.TreeMap;

/** A provider's call to the app, as it arrived: the path it was sent to (what the provider signed), its headers and its raw body. */
public record ProviderNotification(String path, Map<String, String> headers, String body) {

    public ProviderNotification {
        Map<String, String> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseless.putAll(headers);
        headers = caseless;
    }

    /** The header's value, or {@code null}: names compare without case, as HTTP says. */
    public String header(String name) {
        return headers.get(name);
    }
}
