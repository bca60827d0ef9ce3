package com.buyerjourneykit.drivers.simulator;

import com.buyerjourneykit.drivers.PhoneInput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Guide section 1 done directly with the simulated Alipay, as a buyer who opened their Alipay
 * personal account before coming to the system under test: the code by SMS, identity, address and
 * personal details, each through {@code <simulator>/alipay/gateway.do}. Any answer but 10000 stops it.
 */
final class AlipayGatewayAccountOpening {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final String gatewayUrl;
    private final Function<String, List<String>> alipayCodesOf;

    AlipayGatewayAccountOpening(HttpClient http, String simulatorUrl, Function<String, List<String>> alipayCodesOf) {
        this.http = http;
        this.gatewayUrl = simulatorUrl + "/alipay/gateway.do";
        this.alipayCodesOf = alipayCodesOf;
    }

    void complete(PhoneInput phone) {
        call("alipay.user.personal.register.sms.send", phoneContent(phone));
        List<String> codes = alipayCodesOf.apply(e164(phone));
        if (codes.isEmpty()) {
            throw new IllegalStateException("Alipay sent no code to " + phone.countryCode() + " " + phone.mobile());
        }
        call("alipay.user.personal.register.sms.verify", phoneContent(phone).put("code", codes.get(codes.size() - 1)));
        call("alipay.user.personal.identity.verify", phoneContent(phone).put("document_type", "PASSPORT")
                .put("document_number", "A1234567").put("full_name", "Journey Buyer").put("nationality", "MY")
                .put("date_of_birth", "1990-01-01"));
        call("alipay.user.personal.address.register", phoneContent(phone).put("country", "MY").put("region", "Selangor")
                .put("city", "Petaling Jaya").put("address_line", "1 Jalan Pengembara"));
        call("alipay.user.personal.profile.complete", phoneContent(phone).put("occupation", "Buyer"));
    }

    private static ObjectNode phoneContent(PhoneInput phone) {
        return JSON.createObjectNode().put("country_code", phone.countryCode()).put("mobile", phone.mobile());
    }

    private static String e164(PhoneInput phone) {
        return phone.countryCode().strip() + phone.mobile().replaceAll("[ \\-]", "");
    }

    private void call(String method, ObjectNode bizContent) {
        String form = "method=" + encode(method) + "&biz_content=" + encode(bizContent.toString());
        JsonNode answer = post(form).path(method.replace('.', '_') + "_response");
        if (!"10000".equals(answer.path("code").asText())) {
            throw new IllegalStateException("simulated Alipay refused " + method + ": " + answer);
        }
    }

    private JsonNode post(String form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException("simulated Alipay unreachable at " + gatewayUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
