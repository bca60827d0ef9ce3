package com.buyerjourneykit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Buyers for the ordering tests: a journey signed in to 1688 with a verified member seeded in the
 * simulator (section 2's way of recording the member), and the REST calls the tests use.
 */
final class OrderingBuyers {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "Secret-2026";
    private final RunningReference running;
    private final AtomicInteger nextMobile;

    OrderingBuyers(RunningReference running, int firstMobile) {
        this.running = running;
        this.nextMobile = new AtomicInteger(firstMobile);
    }

    /** A journey on a +{@code callingCode} mobile, not signed in to 1688. */
    String journeyWithoutMember(String callingCode, String mobile) {
        return JsonHttp.textField(JsonHttp.postJson(running.app().baseUrl() + "/api/v1/journeys",
                "{\"countryCode\":\"+" + callingCode + "\",\"mobile\":\"" + mobile + "\"}").body(), "journeyId");
    }

    /** A Malaysian (+60) buyer signed in to 1688. */
    String signedIn() {
        String mobile = "12347" + nextMobile.getAndIncrement();
        String journeyId = journeyWithoutMember("60", mobile);
        String member = "ord" + mobile;
        HttpResponse<String> seeded = JsonHttp.postJson(running.simulator().baseUrl() + "/__admin/sim/1688/members",
                "{\"memberName\":\"" + member + "\",\"password\":\"" + PASSWORD + "\",\"countryCode\":\"+60\",\"mobile\":\""
                        + mobile + "\",\"verified\":true}");
        assertThat(seeded.statusCode()).as(seeded.body()).isEqualTo(200);
        post(journeyId, "1688/existing-account", "{\"memberName\":\"" + member + "\",\"password\":\"" + PASSWORD + "\"}", 200);
        return journeyId;
    }

    JsonNode post(String journeyId, String step, String body, int expectedStatus) {
        HttpResponse<String> answer = JsonHttp.postJson(running.app().baseUrl() + "/api/v1/journeys/" + journeyId + "/" + step, body);
        assertThat(answer.statusCode()).as("%s %s", step, answer.body()).isEqualTo(expectedStatus);
        return read(answer.body());
    }

    JsonNode product(String journeyId, String query, int expectedStatus) {
        HttpResponse<String> answer = JsonHttp.get(running.app().baseUrl() + "/api/v1/1688/products?journeyId=" + journeyId + query);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(expectedStatus);
        return read(answer.body());
    }

    JsonNode progress(String journeyId) {
        return read(JsonHttp.get(running.app().baseUrl() + "/api/v1/journeys/" + journeyId).body());
    }

    /** A PNG whose bytes carry {@code label}: the simulated 1688 recognises the offer with that image label. */
    static String pngShowing(String label) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        byte[] text = ("\0\0\0\u0010tEXtlabel\0" + label).getBytes(StandardCharsets.ISO_8859_1);
        byte[] image = new byte[signature.length + text.length];
        System.arraycopy(signature, 0, image, 0, signature.length);
        System.arraycopy(text, 0, image, signature.length, text.length);
        return java.util.Base64.getEncoder().encodeToString(image);
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(json, e);
        }
    }
}
