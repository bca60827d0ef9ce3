package com.buyerjourneykit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** A MyInvois ERP client for the acceptance tests: logs in, then calls with its bearer token; answers keep their headers. */
final class MyInvoisHttp {
    static final String CLIENT_ID = "bjk-reference-app";
    static final String CLIENT_SECRET = "bjk-myinvois-test-secret";
    static final String TIN = "IG12345678901";
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private String token = "";

    MyInvoisHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    record Answer(int status, JsonNode body, String text, HttpHeaders headers) {
        Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** A control refusal in one line, {@code "400 tin/tin"}: status, field and rule. */
        String refusal() {
            return status + " " + body.path("field").asText() + "/" + body.path("rule").asText();
        }
    }

    /** A client of a freshly reset simulator (clock at its start, nothing submitted), not yet logged in. */
    static MyInvoisHttp afterReset(String baseUrl) {
        MyInvoisHttp myInvois = new MyInvoisHttp(baseUrl);
        myInvois.control("POST", "/reset", "");
        return myInvois;
    }

    Answer token(String form) {
        return send(request("/myinvois/connect/token").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    static String credentials(String clientId, String secret) {
        return "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(secret)
                + "&scope=InvoicingAPI";
    }

    /** Logs in as the built-in client (or another) and keeps the token for the calls that follow. */
    MyInvoisHttp login(String clientId, String secret) {
        Answer answer = token(credentials(clientId, secret));
        if (answer.status() != 200) {
            throw new IllegalStateException("login failed: " + answer.text());
        }
        token = answer.body().path("access_token").asText();
        return this;
    }

    MyInvoisHttp login() {
        return login(CLIENT_ID, CLIENT_SECRET);
    }

    Answer submit(String body) {
        return submit(body, "application/json");
    }

    Answer submit(String body, String contentType) {
        return send(authorised("/myinvois/api/v1.0/documentsubmissions").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer get(String path) {
        return send(authorised(path).GET());
    }

    Answer within(Duration limit, String path) {
        return send(authorised(path).timeout(limit).GET());
    }

    Answer validateTin(String tin, String idType, String idValue) {
        return get("/myinvois/api/v1.0/taxpayer/validate/" + encode(tin) + "?idType=" + encode(idType) + "&idValue=" + encode(idValue));
    }

    Answer control(String method, String path, String json) {
        HttpRequest.Builder request = request("/__admin/sim" + path).header("Content-Type", "application/json");
        return send("GET".equals(method) ? request.GET() : request.method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder authorised(String path) {
        return request(path).header("Authorization", "Bearer " + token);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(1));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), SimulatorHttp.json(response.body()), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
