package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.signing.RsaSignature;
import com.buyerjourneykit.signing.SignatureHeader;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.clock.VirtualClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Optional;

/**
 * Posts a notification to the client's notify URL, signed as WorldFirst signs (Client-Id,
 * Request-Time, Signature over the URL's path), and tells whether it was acknowledged: HTTP 2xx
 * with {@code result.resultStatus} S, signed by the client's own key. Anything else, an
 * unreachable URL or no URL at all included, is no acknowledgement.
 */
final class NotificationSender {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Clients clients;
    private final PrivateKey simulatorKey;
    private final VirtualClock clock;

    NotificationSender(Clients clients, PrivateKey simulatorKey, VirtualClock clock) {
        this.clients = clients;
        this.simulatorKey = simulatorKey;
        this.clock = clock;
    }

    boolean deliver(Notification notification) {
        Optional<Clients.Client> client = clients.byId(notification.clientId()).filter(found -> found.notifyUrl() != null);
        if (client.isEmpty()) {
            return false;
        }
        try {
            return acknowledged(client.get(), http.send(request(client.get(), notification), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException | IllegalArgumentException unreachable) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpRequest request(Clients.Client client, Notification notification) {
        URI target = URI.create(client.notifyUrl());
        String time = RequestTimes.format(clock.now());
        String signature = RsaSignature.sign(simulatorKey,
                RsaSignature.content(target.getRawPath(), client.clientId(), time, notification.body()));
        return HttpRequest.newBuilder(target).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Client-Id", client.clientId())
                .header("Request-Time", time)
                .header("Signature", SignatureHeader.format(Clients.DEFAULT_KEY_VERSION, signature))
                .POST(HttpRequest.BodyPublishers.ofString(notification.body()))
                .build();
    }

    private static boolean acknowledged(Clients.Client client, HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            return false;
        }
        boolean success = SimulatorJson.lenientObject(response.body())
                .map(body -> "S".equals(body.path("result").path("resultStatus").asText())).orElse(false);
        Optional<SignatureHeader> signature = SignatureHeader.parse(response.headers().firstValue("Signature").orElse(null));
        String time = response.headers().firstValue("Response-Time").orElse("");
        String content = RsaSignature.content(response.request().uri().getRawPath(), client.clientId(), time, response.body());
        return success && signature.isPresent() && RsaSignature.verify(client.publicKey(), content, signature.get().signature());
    }
}
