package com.buyerjourneykit.reference.providers;

import com.buyerjourneykit.reference.MyInvoisClientSettings;
import com.buyerjourneykit.reference.journey.ProviderUnavailable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * "Login as Taxpayer System": a client-credentials token, kept until a minute before it expires on
 * the app's clock, so that not every call logs in again. Neither the secret nor the token is ever
 * put into a message or a log.
 */
final class MyInvoisToken {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MARGIN = Duration.ofMinutes(1);
    private final MyInvoisClientSettings client;
    private final ProviderHttp http;
    private final Clock clock;
    private String value;
    private Instant renewAt = Instant.MIN;

    MyInvoisToken(MyInvoisClientSettings client, ProviderHttp http, Clock clock) {
        this.client = client;
        this.http = http;
        this.clock = clock;
    }

    synchronized Map<String, String> header() {
        if (value == null || !clock.instant().isBefore(renewAt)) {
            login();
        }
        return Map.of("Authorization", "Bearer " + value);
    }

    synchronized void forget() {
        value = null;
    }

    private void login() {
        String form = "grant_type=client_credentials&client_id=" + encode(client.clientId()) + "&client_secret="
                + encode(client.clientSecret()) + "&scope=InvoicingAPI";
        ProviderHttp.Answer answer = http.postForm(MyInvoisCall.PROVIDER, client.url() + "/connect/token", form);
        JsonNode body = json(answer);
        String token = body.path("access_token").asText("");
        if (answer.status() != 200 || token.isBlank()) {
            throw new ProviderUnavailable(MyInvoisCall.PROVIDER, "login as taxpayer system answered HTTP " + answer.status()
                    + " " + body.path("error").asText());
        }
        value = token;
        renewAt = clock.instant().plusSeconds(body.path("expires_in").asLong(0)).minus(MARGIN);
    }

    static JsonNode json(ProviderHttp.Answer answer) {
        String body = answer.body() == null ? "" : answer.body();
        if (body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            throw new ProviderUnavailable(MyInvoisCall.PROVIDER, "HTTP " + answer.status() + " answer is not JSON");
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
