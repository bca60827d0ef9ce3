package com.buyerjourneykit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A buyer's Alipay personal account walked through the gateway of a running simulator, for its
 * acceptance tests. Mobiles are Malaysian national numbers ("123451001" is +60123451001).
 */
final class AlipayRegistration {
    static final String SEND = "alipay.user.personal.register.sms.send";
    static final String VERIFY = "alipay.user.personal.register.sms.verify";
    static final String IDENTITY = "alipay.user.personal.identity.verify";
    static final String ADDRESS = "alipay.user.personal.address.register";
    static final String PROFILE = "alipay.user.personal.profile.complete";
    static final String QUERY = "alipay.user.personal.account.query";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SimulatorHttp http;

    AlipayRegistration(SimulatorHttp http) {
        this.http = http;
    }

    /** One gateway answer: the HTTP status and the {@code <method>_response} object. */
    record Answer(int status, JsonNode response) {
        String text(String field) {
            return response.path(field).asText();
        }
    }

    /** Takes the account through its first {@code steps} steps: code, identity, address, profile. */
    void completeSteps(String mobile, int steps) {
        String[] methods = {VERIFY, IDENTITY, ADDRESS, PROFILE};
        for (int step = 0; step < steps; step++) {
            Answer answer = methods[step].equals(VERIFY) ? verifyCode(mobile) : call(methods[step], bodyFor(methods[step], mobile));
            assertThat(answer.text("code")).as("%s for %s", methods[step], mobile).isEqualTo("10000");
        }
    }

    /** Sends a code and enters the one that reached the inbox. */
    Answer verifyCode(String mobile) {
        assertThat(call(SEND, buyer(mobile)).text("code")).isEqualTo("10000");
        JsonNode messages = http.get("/__admin/sim/sms-inbox/+60" + mobile).body().path("messages");
        String code = messages.get(messages.size() - 1).path("code").asText();
        return call(VERIFY, buyer(mobile).put("code", code));
    }

    Answer call(String method, ObjectNode bizContent) {
        return call(method, bizContent.toString());
    }

    Answer call(String method, String bizContent) {
        SimulatorHttp.Reply reply = http.gateway(method, bizContent);
        return new Answer(reply.status(), reply.body().path(method.replace('.', '_') + "_response"));
    }

    String status(String mobile) {
        return call(QUERY, buyer(mobile)).text("account_status");
    }

    ObjectNode bodyFor(String method, String mobile) {
        switch (method) {
            case IDENTITY:
                return identity(mobile);
            case ADDRESS:
                return address(mobile);
            case PROFILE:
                return profile(mobile);
            default:
                return buyer(mobile);
        }
    }

    ObjectNode buyer(String mobile) {
        return JSON.createObjectNode().put("country_code", "+60").put("mobile", mobile);
    }

    ObjectNode identity(String mobile) {
        return buyer(mobile).put("document_type", "PASSPORT").put("document_number", "K12345678")
                .put("full_name", "Siti Aminah binti Abdullah").put("nationality", "MY").put("date_of_birth", "1990-05-17");
    }

    ObjectNode address(String mobile) {
        return buyer(mobile).put("country", "MY").put("region", "Selangor").put("city", "Petaling Jaya")
                .put("address_line", "12 Jalan SS 2/24").put("postal_code", "47300");
    }

    ObjectNode profile(String mobile) {
        return buyer(mobile).put("occupation", "Shop owner").put("email", "siti@example.com");
    }

    /** The calendar day (UTC) the buyer's own virtual clock shows. */
    LocalDate today(String mobile) {
        String now = http.get("/__admin/sim/clock/+60" + mobile).body().path("now").asText();
        return LocalDate.ofInstant(Instant.parse(now), ZoneOffset.UTC);
    }

    void advance(String mobile, long seconds) {
        http.post("/__admin/sim/clock/advance", "{\"seconds\":" + seconds + ",\"phone\":\"+60" + mobile + "\"}",
                "application/json");
    }
}
