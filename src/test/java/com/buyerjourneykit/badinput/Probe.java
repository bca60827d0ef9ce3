package com.buyerjourneykit.badinput;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;

/**
 * Sends {@link Shot}s to one server with one shared client. Every call has a client timeout: a
 * server that does not answer within it has hung, which fails the test like a 5xx does.
 */
final class Probe {
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String baseUrl;

    Probe(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * A server may close a kept-alive connection after refusing a request (Jetty does after a bad
     * message); a request the client had already put on that connection then meets a closed socket
     * with no answer at all. That request is sent once more on a new connection; breaking again fails.
     */
    private static HttpResponse<String> sendOnce(HttpRequest request) throws IOException, InterruptedException {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException closedUnderneath) {
            if (!String.valueOf(closedUnderneath.getMessage()).contains("received no bytes")) {
                throw closedUnderneath;
            }
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    Reply send(Shot shot) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + shot.path()))
                .timeout(TIMEOUT)
                .method(shot.method(), shot.body().length == 0 && "GET".equals(shot.method())
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(shot.body()));
        shot.headers().forEach(header -> request.header(header.getKey(), header.getValue()));
        if (shot.contentType() != null) {
            request.header("Content-Type", shot.contentType());
        }
        try {
            HttpResponse<String> response = sendOnce(request.build());
            List<String> cookies = response.headers().allValues("Set-Cookie").stream().map(cookie -> cookie.split(";", 2)[0]).toList();
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(), cookies);
        } catch (HttpTimeoutException hung) {
            throw new AssertionError("no answer within " + TIMEOUT.toSeconds() + " s (a hang) to " + shot, hung);
        } catch (IOException broken) {
            throw new AssertionError("the connection broke on " + shot + ": " + broken, broken);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + shot, interrupted);
        }
    }
}
