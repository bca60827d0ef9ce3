package com.buyerjourneykit.conformance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP proxy in front of the reference app that lets a {@link BrokenVariant} rewrite answers:
 * a deliberately broken "partner system" without a line of broken production code.
 */
final class RewritingProxy implements AutoCloseable {
    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "transfer-encoding",
            "upgrade", "expect", "keep-alive");
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final HttpServer server;
    private final String target;
    private volatile BrokenVariant variant = BrokenVariant.NONE;

    RewritingProxy(String target) throws IOException {
        this.target = target;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::forward);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void become(BrokenVariant broken) {
        variant = broken;
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            HttpResponse<byte[]> answer = client.send(request(exchange), HttpResponse.BodyHandlers.ofByteArray());
            Reply reply = variant.rewrite(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    new Reply(answer.statusCode(), answer.body()));
            answer.headers().map().forEach((name, values) -> copyHeader(exchange, name, values));
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private HttpRequest request(HttpExchange exchange) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes()));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return request.build();
    }

    private static void copyHeader(HttpExchange exchange, String name, List<String> values) {
        if (!NOT_FORWARDED.contains(name.toLowerCase()) && !name.startsWith(":")) {
            exchange.getResponseHeaders().put(name, values);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** An answer as the proxy hands it on. */
    record Reply(int status, byte[] body) {
    }
}
