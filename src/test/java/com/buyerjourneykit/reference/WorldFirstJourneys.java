package com.buyerjourneykit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Buyers of the WorldFirst sections on a running app and simulator, each with a mobile of their
 * own: a journey, its World Account, 1688 members verified through Alipay, and the codes they get.
 */
final class WorldFirstJourneys {
    static final String PASSWORD = "Secret2026";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RunningReference running;
    private final AtomicInteger nextMobile;

    WorldFirstJourneys(RunningReference running, int firstMobile) {
        this.running = running;
        this.nextMobile = new AtomicInteger(firstMobile);
    }

    /** A journey of a new buyer; its mobile is {@code +60 <mobile>}. */
    Buyer newBuyer() {
        String mobile = String.valueOf(nextMobile.getAndIncrement());
        JsonNode started = read(JsonHttp.postJson(running.app().baseUrl() + "/api/v1/journeys",
                "{\"countryCode\":\"+60\",\"mobile\":\"" + mobile + "\"}"));
        return new Buyer(started.path("journeyId").asText(), mobile);
    }

    /** A buyer whose World Account is open. */
    Buyer withWorldAccount() {
        Buyer buyer = newBuyer();
        assertThat(buyer.post("worldfirst/world-account/verification-codes", "{}").statusCode()).isEqualTo(201);
        HttpResponse<String> opened = buyer.post("worldfirst/world-account", registration(buyer.lastCode()).toString());
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return buyer;
    }

    /** A 1688 member whose 支付宝账户管理 shows 已绑定已认证 (or not); answers its member id. */
    String seedMember(String memberName, boolean verified) {
        String mobile = String.valueOf(nextMobile.getAndIncrement());
        HttpResponse<String> seeded = control("/1688/members", "{\"memberName\":\"" + memberName + "\",\"password\":\"Secret-2026\","
                + "\"countryCode\":\"+60\",\"mobile\":\"" + mobile + "\",\"verified\":" + verified + "}");
        return read(seeded).path("memberId").asText();
    }

    HttpResponse<String> control(String path, String body) {
        HttpResponse<String> answer = JsonHttp.postJson(running.simulator().baseUrl() + "/__admin/sim" + path, body);
        assertThat(answer.statusCode()).as("control %s: %s", path, answer.body()).isBetween(200, 299);
        return answer;
    }

    static ObjectNode registration(String code) {
        return JSON.createObjectNode().put("countryOfBusiness", "MY").put("firstName", "Nur").put("lastName", "Aisyah")
                .put("verificationCode", code).put("password", PASSWORD).put("marketInsightsConsent", "true")
                .put("termsAccepted", true);
    }

    static ObjectNode authorisation(String alibaba1688Id) {
        return JSON.createObjectNode().put("alibaba1688Id", alibaba1688Id).put("agreementAccepted", true);
    }

    static JsonNode read(HttpResponse<String> answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One buyer's journey and mobile. */
    final class Buyer {
        private final String journeyId;
        private final String mobile;

        Buyer(String journeyId, String mobile) {
            this.journeyId = journeyId;
            this.mobile = mobile;
        }

        String journeyId() {
            return journeyId;
        }

        HttpResponse<String> post(String path, String body) {
            return JsonHttp.postJson(running.app().baseUrl() + "/api/v1/journeys/" + journeyId + "/" + path, body);
        }

        HttpResponse<String> linked() {
            return JsonHttp.get(running.app().baseUrl() + "/api/v1/worldfirst/linked-1688-accounts?journeyId=" + journeyId);
        }

        JsonNode progress() {
            return read(JsonHttp.get(running.app().baseUrl() + "/api/v1/journeys/" + journeyId));
        }

        /** The last code WorldFirst sent to the buyer's mobile. */
        String lastCode() {
            JsonNode messages = read(JsonHttp.get(running.simulator().baseUrl() + "/__admin/sim/sms-inbox/+60" + mobile))
                    .path("messages");
            return messages.get(messages.size() - 1).path("code").asText();
        }

        /** The buyer's clock moves on, past a resend countdown. */
        void waitSeconds(int seconds) {
            control("/clock/advance", "{\"seconds\":" + seconds + ",\"phone\":\"+60" + mobile + "\"}");
        }
    }
}
