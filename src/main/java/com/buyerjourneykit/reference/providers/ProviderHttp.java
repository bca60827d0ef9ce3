package com.buyerjourneykit.reference.providers;

import com.buyerjourneykit.reference.journey.ProviderUnavailable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** HTTP to the providers, with bounded waits: a provider that hangs becomes a clear error, not a hang. */
public final class ProviderHttp {
    private final HttpClient client;
    private final Duration requestTimeout;

    public ProviderHttp(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        this.requestTimeout = requestTimeout;
    }

    /** The status and body of a form post. */
    public record Answer(int status, String body) {
    }

    /** {@code provider} names who failed when the call fails: a refused connection, a reset, a timeout. */
    Answer postForm(String provider, String url, String form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(requestTimeout)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new ProviderUnavailable(provider, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailable(provider, e);
        }
    }
}
