package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.signing.RsaSignature;
import com.buyerjourneykit.signing.RsaSigner;
import com.buyerjourneykit.signing.SignatureHeader;
import com.buyerjourneykit.simulator.JsonRefusal;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;

/**
 * What WorldFirst's gateway does around every API: admits a call only from a known client,
 * signed with its key over {@code "POST <uri>\n<client-id>.<request-time>.<body>"}, with a fresh
 * Request-Time; and signs every answer the same way with the simulator's key. The signed URI is
 * the path WorldFirst's host sees: the simulator's {@code /worldfirst} mount point stands for the host.
 */
final class Gateway {
    static final String MOUNT = "/worldfirst";
    private final Clients clients;
    private final RsaSigner simulatorSigner;
    private final VirtualClock clock;
    private final Clock wallClock;

    Gateway(Clients clients, PrivateKey simulatorKey, VirtualClock clock, Clock wallClock) {
        this.clients = clients;
        this.simulatorSigner = new RsaSigner(simulatorKey);
        this.clock = clock;
        this.wallClock = wallClock;
    }

    WorldFirstRequest admit(Request http) {
        String uri = uri(http.getUrl());
        Clients.Client client = clients.byId(http.getHeader("Client-Id"))
                .orElseThrow(() -> new Refusal("INVALID_CLIENT", "Client-Id is not a registered client"));
        String requestTime = http.getHeader("Request-Time");
        Instant sentAt = RequestTimes.parse(requestTime);
        SignatureHeader signature = SignatureHeader.parse(http.getHeader("Signature"))
                .orElseThrow(() -> invalidSignature("the Signature header is missing or has no signature"));
        requireKnownKey(client, signature);
        String content = RsaSignature.content(uri, client.clientId(), requestTime, http.getBodyAsString());
        if (!RsaSignature.verify(client.publicKey(), content, signature.signature())) {
            throw invalidSignature("the signature does not match the request and the client's public key");
        }
        requireFresh(sentAt);
        ObjectNode body = strictBody(http.getBodyAsString());
        return new WorldFirstRequest(client.clientId(), body);
    }

    /** Signed for the client that called (or said it called), as WorldFirst signs its answers. */
    ResponseDefinition signed(Request http, ObjectNode answer) {
        String clientId = http.getHeader("Client-Id") == null ? "" : http.getHeader("Client-Id");
        String body = SimulatorJson.write(answer);
        String time = RequestTimes.format(clock.now());
        String signature = simulatorSigner.sign(RsaSignature.content(uri(http.getUrl()), clientId, time, body));
        return new ResponseDefinitionBuilder()
                .withStatus(200)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withHeader("Client-Id", clientId)
                .withHeader("Response-Time", time)
                .withHeader("Signature", SignatureHeader.format(Clients.DEFAULT_KEY_VERSION, signature))
                .withBody(body)
                .build();
    }

    static String uri(String url) {
        String path = url.split("\\?", 2)[0];
        return path.startsWith(MOUNT + "/") ? path.substring(MOUNT.length()) : path;
    }

    private static void requireKnownKey(Clients.Client client, SignatureHeader signature) {
        if (signature.algorithm() != null && !SignatureHeader.RSA256.equals(signature.algorithm())) {
            throw invalidSignature("algorithm must be RSA256");
        }
        if (signature.keyVersion() != null && !client.keyVersion().equals(signature.keyVersion())) {
            throw new Refusal("KEY_NOT_FOUND", "no key of version " + signature.keyVersion() + " is registered for this client");
        }
    }

    /** Fresh on the virtual clock, or on the host's clock for a partner that cannot read ours. */
    private void requireFresh(Instant requestTime) {
        if (!RequestTimes.isFresh(requestTime, clock.now()) && !RequestTimes.isFresh(requestTime, wallClock.instant())) {
            throw invalidSignature("Request-Time is more than 5 minutes away from now: the signed request is stale")
                    .with("field", "Request-Time").with("rule", "within-5-minutes");
        }
    }

    private static Refusal invalidSignature(String message) {
        return new Refusal("INVALID_SIGNATURE", message);
    }

    /** One JSON object, every key once: a repeated key or text after the object is refused, never guessed at. */
    private static ObjectNode strictBody(String text) {
        try {
            return SimulatorJson.strictObject(text, "body");
        } catch (JsonRefusal refused) {
            throw new InvalidField(refused.field(), refused.rule(), refused.getMessage());
        }
    }
}
