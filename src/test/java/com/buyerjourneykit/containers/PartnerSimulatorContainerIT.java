package com.buyerjourneykit.containers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** What a partner writes: plain JUnit 5, the simulator in a container, a real SMS-code exchange with simulated Alipay. */
@Testcontainers
class PartnerSimulatorContainerIT {
    @Container
    static final SimulatorContainer simulator = new SimulatorContainer();

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theCodeAlipaySendsArrivesInTheSmsInboxAndVerifies() throws Exception {
        String buyer = "{\"country_code\":\"+60\",\"mobile\":\"123450101\"";

        JsonNode sent = gateway("alipay.user.personal.register.sms.send", buyer + "}");
        String code = get(simulator.controlUrl() + "/sms-inbox/+60123450101").path("messages").get(0).path("code").asText();
        JsonNode verified = gateway("alipay.user.personal.register.sms.verify", buyer + ",\"code\":\"" + code + "\"}");

        assertThat(sent.path("alipay_user_personal_register_sms_send_response").path("code").asText()).isEqualTo("10000");
        assertThat(code).matches("\\d{6}");
        assertThat(verified.path("alipay_user_personal_register_sms_verify_response").path("code").asText()).isEqualTo("10000");
    }

    private JsonNode gateway(String method, String bizContent) throws Exception {
        String form = "method=" + method + "&biz_content=" + URLEncoder.encode(bizContent, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(simulator.alipayUrl() + "/gateway.do"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private JsonNode get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).build());
    }

    private JsonNode send(HttpRequest request) throws Exception {
        return json.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }
}
