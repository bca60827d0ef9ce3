package com.buyerjourneykit.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** Sends a round of prepared requests one after another over one keep-alive connection; answers are read, not judged. */
final class SequentialLoad {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final int requests;

    SequentialLoad(int requests) {
        this.requests = requests;
    }

    /** Whole requests per second (the kit keeps floating point out of its code: see LayerRulesTest). */
    long perSecond(RequestShape shape, String baseUrl) {
        List<RequestShape.PreparedRequest> round = shape.prepare(requests);
        long started = System.nanoTime();
        for (RequestShape.PreparedRequest request : round) {
            send(baseUrl, request);
        }
        return requests * 1_000_000_000L / Math.max(1, System.nanoTime() - started);
    }

    private void send(String baseUrl, RequestShape.PreparedRequest prepared) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + prepared.path()))
                .POST(HttpRequest.BodyPublishers.ofString(prepared.body()));
        prepared.headers().forEach(request::header);
        try {
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() >= 500) {
                throw new IllegalStateException(prepared.path() + " answered " + answer.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException(prepared.path() + " unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
