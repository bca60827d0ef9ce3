package com.buyerjourneykit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** WorldFirst's gateway on a real simulator: who may call, how calls and answers are signed, how it refuses. */
class WorldFirstGatewayAcceptanceTest {
    private static final String LINKED = "worldPay/inquiryLinked1688Accounts";
    private static SimulatorHttp http;
    private static WorldFirstClient client;
    private static String body;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void start() {
        http = new SimulatorHttp(SIMULATOR.baseUrl());
        client = new WorldFirstClient(SIMULATOR.baseUrl());
        String worldAccountId = new WorldFirstBuyer(http, client).seededWorldAccount(WorldFirstBuyer.newMobile(), null);
        body = "{\"worldAccountId\":\"" + worldAccountId + "\"}";
    }

    @Test
    void aSignedCallIsAnsweredWithTheResultEnvelopeAndSignedByWorldFirst() {
        WorldFirstClient.Answer answer = client.call(LINKED, body);
        assertThat(answer.status()).isEqualTo("S");
        assertThat(answer.code()).isEqualTo("SUCCESS");
        assertThat(answer.body().path("result").path("resultMessage").asText()).isNotBlank();
        assertThat(answer.signedByWorldFirst()).isTrue();
        assertThat(answer.responseTime()).isEqualTo("2026-01-05T09:00:00+08:00");
    }

    @Test
    void anUnknownClientIsRefusedAndTheRefusalIsSignedToo() {
        WorldFirstClient stranger = new WorldFirstClient(SIMULATOR.baseUrl(), "nobody-we-know", newKeyPair().getPrivate());
        WorldFirstClient.Answer answer = stranger.call(LINKED, body);
        assertFailed(answer, "INVALID_CLIENT");
        assertThat(answer.signedByWorldFirst()).isTrue();
    }

    @Test
    void aMissingSignatureIsRefused() {
        WorldFirstClient.Answer answer = client.send(LINKED, body,
                Map.of("Client-Id", WorldFirstClient.CLIENT_ID, "Request-Time", "2026-01-05T09:00:00+08:00"));
        assertFailed(answer, "INVALID_SIGNATURE");
    }

    @Test
    void aSignatureByAnotherKeyOrOverAnotherBodyIsRefused() {
        WorldFirstClient impostor = new WorldFirstClient(SIMULATOR.baseUrl(), WorldFirstClient.CLIENT_ID, newKeyPair().getPrivate());
        assertFailed(impostor.call(LINKED, body), "INVALID_SIGNATURE");

        String time = "2026-01-05T09:00:00+08:00";
        String signedForOtherBody = WorldFirstClient.sign(WorldFirstClient.privateKey(WorldFirstClient.key("client-private.pem")),
                WorldFirstClient.content(WorldFirstClient.API + LINKED, WorldFirstClient.CLIENT_ID, time, "{}"));
        assertFailed(client.send(LINKED, body, Map.of("Client-Id", WorldFirstClient.CLIENT_ID, "Request-Time", time,
                "Signature", "algorithm=RSA256,keyVersion=1,signature=" + signedForOtherBody)), "INVALID_SIGNATURE");
        assertFailed(client.send(LINKED, body, Map.of("Client-Id", WorldFirstClient.CLIENT_ID, "Request-Time", time,
                "Signature", "algorithm=RSA256,keyVersion=1,signature=not-base64%%")), "INVALID_SIGNATURE");
    }

    @Test
    void aKeyVersionTheClientDoesNotHaveIsRefused() {
        String time = "2026-01-05T09:00:00+08:00";
        String signature = WorldFirstClient.sign(WorldFirstClient.privateKey(WorldFirstClient.key("client-private.pem")),
                WorldFirstClient.content(WorldFirstClient.API + LINKED, WorldFirstClient.CLIENT_ID, time, body));
        assertFailed(client.send(LINKED, body, Map.of("Client-Id", WorldFirstClient.CLIENT_ID, "Request-Time", time,
                "Signature", "algorithm=RSA256,keyVersion=7,signature=" + signature)), "KEY_NOT_FOUND");
    }

    @Test
    void aRequestTimeMoreThanFiveMinutesFromTheVirtualNowIsStale() {
        Instant now = Instant.parse("2026-01-05T01:00:00Z");
        try {
            WorldFirstClient.Answer late = client.at(now.minus(Duration.ofSeconds(301))).call(LINKED, body);
            assertFailed(late, "INVALID_SIGNATURE");
            assertThat(late.body().path("result").path("field").asText()).isEqualTo("Request-Time");
            assertThat(late.body().path("result").path("rule").asText()).isEqualTo("within-5-minutes");
            assertFailed(client.at(now.plus(Duration.ofSeconds(301))).call(LINKED, body), "INVALID_SIGNATURE");
            assertThat(client.at(now.minus(Duration.ofSeconds(300))).call(LINKED, body).status()).isEqualTo("S");
            assertThat(client.at(Instant.now()).call(LINKED, body).status()).as("the host's clock").isEqualTo("S");
        } finally {
            client.at(null);
        }
    }

    @Test
    void aRequestTimeThatIsNoTimeNamesTheHeader() {
        String signature = WorldFirstClient.sign(WorldFirstClient.privateKey(WorldFirstClient.key("client-private.pem")),
                WorldFirstClient.content(WorldFirstClient.API + LINKED, WorldFirstClient.CLIENT_ID, "yesterday", body));
        WorldFirstClient.Answer answer = client.send(LINKED, body, Map.of("Client-Id", WorldFirstClient.CLIENT_ID,
                "Request-Time", "yesterday", "Signature", "algorithm=RSA256,keyVersion=1,signature=" + signature));
        assertInvalid(answer, "Request-Time", "iso-8601-or-epoch-millis");
        assertInvalid(client.send(LINKED, body, Map.of("Client-Id", WorldFirstClient.CLIENT_ID)), "Request-Time", "required");
    }

    @Test
    void epochMillisecondsAreARequestTimeToo() {
        String time = Long.toString(Instant.parse("2026-01-05T01:01:00Z").toEpochMilli());
        String signature = WorldFirstClient.sign(WorldFirstClient.privateKey(WorldFirstClient.key("client-private.pem")),
                WorldFirstClient.content(WorldFirstClient.API + LINKED, WorldFirstClient.CLIENT_ID, time, body));
        assertThat(client.send(LINKED, body, Map.of("Client-Id", WorldFirstClient.CLIENT_ID, "Request-Time", time,
                "Signature", "algorithm=RSA256,keyVersion=1,signature=" + signature)).status()).isEqualTo("S");
    }

    @Test
    void aSignedBodyThatIsNoJsonObjectIsRefusedNamingTheBody() {
        assertInvalid(client.call(LINKED, "[1,2]"), "body", "json-object");
        assertInvalid(client.call(LINKED, "{}"), "worldAccountId", "required");
    }

    @Test
    void aPartnerRegistersItsOwnKeyAndSeesOnlyItsOwnWorldAccounts() {
        KeyPair partnerKeys = newKeyPair();
        String publicKey = Base64.getEncoder().encodeToString(partnerKeys.getPublic().getEncoded());
        SimulatorHttp.Reply registered = http.post("/__admin/sim/worldfirst/clients",
                "{\"clientId\":\"partner-one\",\"publicKey\":\"" + publicKey + "\"}", "application/json");
        assertThat(registered.status()).isEqualTo(200);

        WorldFirstClient partner = new WorldFirstClient(SIMULATOR.baseUrl(), "partner-one", partnerKeys.getPrivate());
        WorldFirstClient.Answer answer = partner.call(LINKED, body);
        assertFailed(answer, "USER_NOT_EXIST");
        assertThat(answer.signedByWorldFirst()).isTrue();
    }

    @Test
    void registeringAClientNamesTheBrokenField() {
        assertControlInvalid("{\"clientId\":\"p2\",\"publicKey\":\"not a key\"}", "publicKey", "rsa-public-key");
        assertControlInvalid("{\"publicKey\":\"x\"}", "clientId", "required");
        assertControlInvalid("{\"clientId\":\"p3\"}", "publicKey", "required");
        assertControlInvalid("{\"clientId\":\"p3\",\"notifyUrl\":\"http://localhost/n\"}", "clientId", "registered");
        assertControlInvalid("{\"clientId\":\"" + WorldFirstClient.CLIENT_ID + "\",\"notifyUrl\":\"ftp://x\"}", "notifyUrl", "http-url");
    }

    private static void assertControlInvalid(String json, String field, String rule) {
        assertControlRefused(http, "clients", json, field, rule);
    }

    /** A control call under /__admin/sim/worldfirst/ refused with 400 naming the field and the rule. */
    static void assertControlRefused(SimulatorHttp http, String route, String json, String field, String rule) {
        SimulatorHttp.Reply reply = http.post("/__admin/sim/worldfirst/" + route, json, "application/json");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("field").asText()).isEqualTo(field);
        assertThat(reply.body().path("rule").asText()).isEqualTo(rule);
    }

    static void assertFailed(WorldFirstClient.Answer answer, String code) {
        assertThat(answer.code()).as(answer.body().toString()).isEqualTo(code);
        assertThat(answer.status()).isEqualTo("F");
    }

    static void assertInvalid(WorldFirstClient.Answer answer, String field, String rule) {
        assertFailed(answer, "PARAM_ILLEGAL");
        assertThat(answer.body().path("result").path("field").asText()).isEqualTo(field);
        assertThat(answer.body().path("result").path("rule").asText()).isEqualTo(rule);
    }

    static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
