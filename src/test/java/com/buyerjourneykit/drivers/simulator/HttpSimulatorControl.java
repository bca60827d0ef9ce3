package com.buyerjourneykit.drivers.simulator;

import com.buyerjourneykit.drivers.MemberSeed;
import com.buyerjourneykit.drivers.PhoneInput;
import com.buyerjourneykit.drivers.SimulatorControlDriver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The simulator's control API under {@code /__admin/sim}, over HTTP. */
public final class HttpSimulatorControl implements SimulatorControlDriver {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String controlUrl;
    private final AlipayAccountCompletion alipayAccounts;

    public HttpSimulatorControl(String simulatorUrl) {
        this.controlUrl = simulatorUrl + "/__admin/sim";
        this.alipayAccounts = new AlipayAccountCompletion(http, simulatorUrl, e164 -> codesSentBy("alipay", e164));
    }

    @Override
    public List<String> codesSentTo(String e164) {
        return codesSentBy(null, e164);
    }

    @Override
    public List<String> codesSentBy(String provider, String e164) {
        JsonNode inbox = send(HttpRequest.newBuilder(URI.create(controlUrl + "/sms-inbox/" + e164)).GET());
        List<String> codes = new ArrayList<>();
        inbox.path("messages").forEach(message -> {
            if (provider == null || provider.equals(message.path("provider").asText())) {
                codes.add(message.path("code").asText());
            }
        });
        return codes;
    }

    @Override
    public String seedMember1688(MemberSeed seed) {
        String body = JSON.createObjectNode().put("memberName", seed.memberName()).put("password", seed.password())
                .put("countryCode", seed.phone().countryCode()).put("mobile", seed.phone().mobile())
                .put("verified", seed.verified()).toString();
        JsonNode answer = send(HttpRequest.newBuilder(URI.create(controlUrl + "/1688/members"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        return answer.path("memberId").asText();
    }

    @Override
    public void completeAlipayPersonalAccount(PhoneInput phone) {
        alipayAccounts.complete(phone);
    }

    @Override
    public void advanceClockFor(String e164, Duration step) {
        String body = JSON.createObjectNode().put("seconds", step.toSeconds()).put("phone", e164).toString();
        send(HttpRequest.newBuilder(URI.create(controlUrl + "/clock/advance"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Override
    public Instant clockOf(String e164) {
        return Instant.parse(send(HttpRequest.newBuilder(URI.create(controlUrl + "/clock/" + e164)).GET()).path("now").asText());
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("simulator control answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("simulator control unreachable at " + controlUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
