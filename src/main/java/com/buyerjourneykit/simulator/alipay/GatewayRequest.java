package com.buyerjourneykit.simulator.alipay;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A form post to the Alipay gateway: {@code method=...&biz_content={json}}. Reading a field that
 * is missing or of the wrong type throws {@link GatewayParameterException} naming it.
 */
final class GatewayRequest {
    private final String method;
    private final ObjectNode bizContent;

    private GatewayRequest(String method, ObjectNode bizContent) {
        this.method = method;
        this.bizContent = bizContent;
    }

    static GatewayRequest parse(String formBody) {
        Map<String, String> form = decodeForm(formBody);
        String method = form.getOrDefault("method", "");
        String biz = form.get("biz_content");
        if (biz == null || biz.isBlank()) {
            throw GatewayParameterException.missing(method, "biz_content");
        }
        ObjectNode content = SimulatorJson.parseObject(biz)
                .orElseThrow(() -> GatewayParameterException.invalid(method, "biz_content", "json-object",
                        "biz_content must be a JSON object"));
        return new GatewayRequest(method, content);
    }

    String method() {
        return method;
    }

    /** A string field of biz_content; absent or blank is "required", a number or object is "string". */
    String text(String field) {
        JsonNode node = bizContent.get(field);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            throw GatewayParameterException.missing(method, field);
        }
        if (!node.isTextual()) {
            throw GatewayParameterException.invalid(method, field, "string", field + " must be a JSON string");
        }
        return node.asText();
    }

    /** An optional string field: absent, null or blank is "not given"; a number or object is still "string". */
    Optional<String> optionalText(String field) {
        JsonNode node = bizContent.get(field);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            return Optional.empty();
        }
        return Optional.of(text(field));
    }

    private static Map<String, String> decodeForm(String body) {
        Map<String, String> form = new HashMap<>();
        if (body == null || body.isBlank()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            form.put(decode(key), decode(value));
        }
        return form;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return text;
        }
    }
}
