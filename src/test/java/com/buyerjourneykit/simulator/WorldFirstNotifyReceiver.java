package com.buyerjourneykit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The app's notify URL, as a partner writes it: verifies WorldFirst's signature and, when told
 * to, acknowledges with a signed {@code result.resultStatus S}; else answers 500.
 */
final class WorldFirstNotifyReceiver implements AutoCloseable {
    static final String PATH = "/notify/worldfirst";
    private final HttpServer server;
    private final PrivateKey clientKey = WorldFirstClient.privateKey(WorldFirstClient.key("client-private.pem"));
    private final PublicKey worldFirstKey = WorldFirstClient.publicKey(WorldFirstClient.key("simulator-public.pem"));
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile boolean acknowledging = true;

    record Received(JsonNode body, boolean signedByWorldFirst) {
    }

    WorldFirstNotifyReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(PATH, this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    void acknowledging(boolean acknowledge) {
        this.acknowledging = acknowledge;
    }

    List<Received> received() {
        return received;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String clientId = exchange.getRequestHeaders().getFirst("Client-Id");
        String time = exchange.getRequestHeaders().getFirst("Request-Time");
        String signature = exchange.getRequestHeaders().getFirst("Signature");
        boolean valid = signature != null && WorldFirstClient.verify(worldFirstKey,
                WorldFirstClient.content(PATH, clientId, time, body), signature.substring(signature.indexOf("signature=") + 10));
        received.add(new Received(new ObjectMapper().readTree(body), valid));
        if (acknowledging) {
            answer(exchange, 200, "{\"result\":{\"resultCode\":\"SUCCESS\",\"resultStatus\":\"S\",\"resultMessage\":\"success\"}}");
        } else {
            answer(exchange, 500, "{}");
        }
    }

    private void answer(HttpExchange exchange, int status, String body) throws IOException {
        String time = Instant.now().toString();
        String signature = WorldFirstClient.sign(clientKey, WorldFirstClient.content(PATH, WorldFirstClient.CLIENT_ID, time, body));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Response-Time", time);
        exchange.getResponseHeaders().add("Signature", "algorithm=RSA256,keyVersion=1,signature=" + signature);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
