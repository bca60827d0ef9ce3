package com.buyerjourneykit.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Plain HTTP to a running simulator, for its acceptance tests. A transport failure (timeout,
 * reset) is thrown as {@link IllegalStateException} with the cause; a body that is not JSON
 * reads as an empty object, its text kept in {@link Reply#text()}.
 */
final class SimulatorHttp {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration NO_LIMIT = Duration.ofMinutes(5);
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final Duration timeout;

    SimulatorHttp(String baseUrl) {
        this(baseUrl, NO_LIMIT);
    }

    private SimulatorHttp(String baseUrl, Duration timeout) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
    }

    /** The same calls, given up after {@code limit}: how a test stands for an app with a short client timeout. */
    SimulatorHttp within(Duration limit) {
        return new SimulatorHttp(baseUrl, limit);
    }

    record Reply(int status, JsonNode body, String text) {
    }

    Reply gateway(String method, String bizContent) {
        String form = "method=" + encode(method) + "&charset=utf-8&biz_content=" + encode(bizContent);
        return post("/alipay/gateway.do", form, "application/x-www-form-urlencoded");
    }

    Reply post(String path, String body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    Reply delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).DELETE());
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), json(response.body()), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body as JSON; an empty object when blank or not JSON. */
    static JsonNode json(String body) {
        try {
            return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            return JSON.createObjectNode();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
