package com.buyerjourneykit.simulator.alipay;

import com.buyerjourneykit.simulator.JsonRefusal;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.core.FormFields;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    /**
     * Refuses a parameter given twice (a repeated {@code method} under no method's name): read
     * leniently, one value won and the gateway answered one method with another's body.
     */
    static GatewayRequest parse(String formBody) {
        FormFields form = FormFields.decode(formBody);
        form.firstRepeatedKey().ifPresent(repeated -> {
            throw GatewayParameterException.invalid(repeated.equals("method") ? "" : form.single("method").orElse(""),
                    repeated, "single-value", repeated + " must be sent once");
        });
        String method = form.single("method").orElse("");
        String biz = form.single("biz_content").orElse("");
        if (biz.isBlank()) {
            throw GatewayParameterException.missing(method, "biz_content");
        }
        return new GatewayRequest(method, bizContent(method, biz));
    }

    private static ObjectNode bizContent(String method, String biz) {
        try {
            return SimulatorJson.strictObject(biz, "biz_content");
        } catch (JsonRefusal refused) {
            throw GatewayParameterException.invalid(method, refused.field(), refused.rule(), refused.getMessage());
        }
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
}
