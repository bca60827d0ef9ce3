package com.buyerjourneykit.drivers.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** JSON over HTTP to the system under test; keeps each exchange, secrets masked, for the report. */
final class RestClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern SECRETS = Pattern.compile("\"(code|verificationCode|password|confirmPassword|paymentPassword|token)\"\\s*:\\s*\"[^\"]*\"");
    private final String baseUrl;
    private final List<String> exchanges = new ArrayList<>();

    RestClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The status and the JSON body of the answer. */
    record Reply(int status, JsonNode body) {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    Reply post(String path, ObjectNode body) {
        return send("POST " + path + "\n> " + mask(body.toString()), HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    Reply get(String path) {
        return send("GET " + path, HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    private Reply send(String described, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
            exchanges.add(described + "\n< " + response.statusCode() + " " + mask(response.body()));
            return new Reply(response.statusCode(), JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException("system under test unreachable at " + baseUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    List<String> exchanges() {
        return List.copyOf(exchanges);
    }

    static String mask(String text) {
        return SECRETS.matcher(text).replaceAll("\"$1\":\"******\"");
    }
}
