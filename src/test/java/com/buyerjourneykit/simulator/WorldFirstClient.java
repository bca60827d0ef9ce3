package com.buyerjourneykit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;

/**
 * A partner of the simulated WorldFirst, written from its documentation alone: signs each call
 * with the test client key of stubs/worldfirst/keys (SHA256withRSA over
 * {@code "POST <uri>\n<client-id>.<request-time>.<body>"}) and checks the signature of each answer.
 */
final class WorldFirstClient {
    static final String CLIENT_ID = "bjk-reference-app";
    static final String API = "/amsin/api/v1/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String clientId;
    private final PrivateKey clientKey;
    private final PublicKey worldFirstKey = publicKey(key("simulator-public.pem"));
    private Instant pinnedTime;

    WorldFirstClient(String baseUrl) {
        this(baseUrl, CLIENT_ID, privateKey(key("client-private.pem")));
    }

    WorldFirstClient(String baseUrl, String clientId, PrivateKey clientKey) {
        this.baseUrl = baseUrl;
        this.clientId = clientId;
        this.clientKey = clientKey;
    }

    /** An answer: its body, and whether the simulator's signature over it holds. */
    record Answer(JsonNode body, boolean signedByWorldFirst, String responseTime) {
        String code() {
            return body.path("result").path("resultCode").asText();
        }

        String status() {
            return body.path("result").path("resultStatus").asText();
        }
    }

    /** Signs with this Request-Time from now on (null: the simulator's virtual now, read before each call). */
    WorldFirstClient at(Instant time) {
        this.pinnedTime = time;
        return this;
    }

    Answer call(String api, String body) {
        Instant now = pinnedTime != null ? pinnedTime : virtualNow();
        String time = TIME.format(now.atOffset(ZoneOffset.ofHours(8)));
        String signature = sign(clientKey, content(API + api, clientId, time, body));
        return send(api, body, Map.of("Client-Id", clientId, "Request-Time", time,
                "Signature", "algorithm=RSA256,keyVersion=1,signature=" + signature));
    }

    /** With exactly these headers, for the tests of the gateway's refusals. */
    Answer send(String api, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/worldfirst" + API + api))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String time = response.headers().firstValue("Response-Time").orElse("");
            String signed = response.headers().firstValue("Signature").orElse("");
            String given = signed.substring(signed.indexOf("signature=") + "signature=".length());
            boolean valid = verify(worldFirstKey, content(API + api,
                    response.headers().firstValue("Client-Id").orElse(""), time, response.body()), given);
            return new Answer(JSON.readTree(response.body()), valid, time);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Instant virtualNow() {
        HttpRequest read = HttpRequest.newBuilder(URI.create(baseUrl + "/__admin/sim/clock")).GET().build();
        try {
            return Instant.parse(JSON.readTree(http.send(read, HttpResponse.BodyHandlers.ofString()).body()).path("now").asText());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String content(String uri, String clientId, String time, String body) {
        return "POST " + uri + "\n" + clientId + "." + time + "." + body;
    }

    static String sign(PrivateKey key, String content) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(content.getBytes(StandardCharsets.UTF_8));
            return URLEncoder.encode(Base64.getEncoder().encodeToString(signer.sign()), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean verify(PublicKey key, String content, String signature) {
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update(content.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(URLDecoder.decode(signature, StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static String key(String fileName) {
        try {
            return Files.readString(Path.of("stubs/worldfirst/keys", fileName));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static PrivateKey privateKey(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static PublicKey publicKey(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] der(String pem) {
        return Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }
}
