package com.buyerjourneykit.drivers.simulator;

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

/** JSON calls to the simulator's control API under {@code /__admin/sim}; anything but 2xx is a broken set-up. */
final class ControlCalls {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String simulatorUrl;
    private final String controlUrl;

    ControlCalls(String simulatorUrl) {
        this.simulatorUrl = simulatorUrl;
        this.controlUrl = simulatorUrl + "/__admin/sim";
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    HttpClient http() {
        return http;
    }

    String simulatorUrl() {
        return simulatorUrl;
    }

    JsonNode get(String path) {
        return send(HttpRequest.newBuilder(URI.create(controlUrl + path)).GET());
    }

    JsonNode post(String path, ObjectNode body) {
        return send(HttpRequest.newBuilder(URI.create(controlUrl + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("simulator control answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("simulator control unreachable at " + controlUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
