package com.buyerjourneykit.reference.web;

import java.util.Map;

/** What the app answers a provider's notification: the provider's own format, its own headers (such as a signature), as is. */
public record NotificationReply(int status, Map<String, String> headers, String body) {

    public NotificationReply {
        headers = Map.copyOf(headers);
    }
}
