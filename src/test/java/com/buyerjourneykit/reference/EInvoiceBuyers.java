package com.buyerjourneykit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Buyers for the e-invoice tests: a journey signed in to 1688 with a verified member the simulator
 * seeded, orders seeded for that member (paid unless asked otherwise), and the REST calls the tests use.
 */
public final class EInvoiceBuyers {
    static final String PHONE_STAND = "610000000001";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "Secret-2026";
    private final RunningReference running;
    private final AtomicInteger nextMobile;

    public EInvoiceBuyers(RunningReference running, int firstMobile) {
        this.running = running;
        this.nextMobile = new AtomicInteger(firstMobile);
    }

    /** A buyer on their own journey, signed in to 1688 as {@code memberId}. */
    public record Buyer(String journeyId, String mobile, String memberId) {
    }

    public Buyer notSignedIn() {
        String mobile = "12347" + nextMobile.getAndIncrement();
        String journeyId = JsonHttp.textField(JsonHttp.postJson(app() + "/api/v1/journeys",
                "{\"countryCode\":\"+60\",\"mobile\":\"" + mobile + "\"}").body(), "journeyId");
        return new Buyer(journeyId, mobile, "");
    }

    public Buyer signedIn() {
        Buyer buyer = notSignedIn();
        String name = "einv" + buyer.mobile();
        String memberId = JsonHttp.textField(control("/1688/members", "{\"memberName\":\"" + name + "\",\"password\":\"" + PASSWORD
                + "\",\"countryCode\":\"+60\",\"mobile\":\"" + buyer.mobile() + "\",\"verified\":true}"), "memberId");
        post(buyer, "1688/existing-account", "{\"memberName\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}", 200);
        return new Buyer(buyer.journeyId(), buyer.mobile(), memberId);
    }

    /** A paid order of the phone stand. */
    public String paidOrder(Buyer buyer) {
        return order(buyer, "waitsellersend");
    }

    /** An order of the phone stand in 1688's {@code status}. */
    public String order(Buyer buyer, String status) {
        return JsonHttp.textField(control("/1688/orders", "{\"memberId\":\"" + buyer.memberId() + "\",\"offerId\":\"" + PHONE_STAND
                + "\",\"quantity\":2,\"status\":\"" + status + "\"}"), "orderId");
    }

    JsonNode post(Buyer buyer, String step, String body, int expectedStatus) {
        HttpResponse<String> answer = JsonHttp.postJson(app() + "/api/v1/journeys/" + buyer.journeyId() + "/" + step, body);
        assertThat(answer.statusCode()).as("%s %s", step, answer.body()).isEqualTo(expectedStatus);
        return read(answer.body());
    }

    JsonNode get(String pathAndQuery, int expectedStatus) {
        HttpResponse<String> answer = JsonHttp.get(app() + "/api/v1/" + pathAndQuery);
        assertThat(answer.statusCode()).as("%s %s", pathAndQuery, answer.body()).isEqualTo(expectedStatus);
        return read(answer.body());
    }

    public String control(String path, String body) {
        HttpResponse<String> answer = JsonHttp.postJson(running.simulator().baseUrl() + "/__admin/sim" + path, body);
        assertThat(answer.statusCode()).as("control %s %s", path, answer.body()).isBetween(200, 299);
        return answer.body();
    }

    private String app() {
        return running.app().baseUrl();
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(json, e);
        }
    }
}
