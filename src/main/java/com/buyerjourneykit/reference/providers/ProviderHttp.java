package com.buyerjourneykit.reference.providers;

import com.buyerjourneykit.reference.journey.ProviderUnavailable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** HTTP to the providers, with bounded waits: a provider that hangs becomes a clear error, not a hang. */
public final class ProviderHttp {
    private final HttpClient client;
    private final Duration requestTimeout;

    public ProviderHttp(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout).build();
        this.requestTimeout = requestTimeout;
    }

    /** The status, body and headers of a post. */
    public record Answer(int status, String body, HttpHeaders headers) {
        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }

    /** {@code provider} names who failed when the call fails: a refused connection, a reset, a timeout. */
    Answer postForm(String provider, String url, String form) {
        return send(provider, post(url, form).header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"));
    }

    /** A JSON post with the provider's own headers (signatures, client ids). */
    Answer postJson(String provider, String url, Map<String, String> headers, String json) {
        HttpRequest.Builder request = post(url, json).header("Content-Type", "application/json; charset=UTF-8");
        headers.forEach(request::header);
        return send(provider, request);
    }

    /** A get with the provider's own headers (a bearer token). */
    Answer get(String provider, String url, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(requestTimeout).GET();
        headers.forEach(request::header);
        return send(provider, request);
    }

    private HttpRequest.Builder post(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(requestTimeout).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private Answer send(String provider, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new ProviderUnavailable(provider, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailable(provider, e);
        }
    }
}
