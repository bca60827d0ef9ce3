package com.buyerjourneykit.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The simulator's refusal contracts (README "The simulator", docs/simulator-*.md): Alipay answers
 * bad input in its envelope, {@code <method>_response} or {@code error_response}, with code, sub_code,
 * field and rule; 1688 answers a gateway error {@code {error_code, error_message}} or {@code PARAM_ILLEGAL}
 * with field and rule; the control API answers {@code {field, rule, message}}.
 */
final class ProviderRefusals {
    private ProviderRefusals() {
    }

    static void alipay(Shot shot, Reply refusal) {
        if (ServerLevelRefusal.explains(shot, refusal)) {
            return;
        }
        JsonNode response = envelopeResponse(refusal.json());
        assertThat(response.isObject()).as("an Alipay envelope for %s, got %s", shot, refusal).isTrue();
        for (String key : new String[] {"code", "msg", "sub_code", "sub_msg", "field", "rule"}) {
            assertThat(response.path(key).asText()).as("%s in the refusal of %s: %s", key, shot, refusal).isNotBlank();
        }
    }

    static void member1688(Shot shot, Reply refusal) {
        if (ServerLevelRefusal.explains(shot, refusal)) {
            return;
        }
        JsonNode body = refusal.json();
        if (body.has("error_code")) {
            assertThat(body.path("error_code").asText()).as("error_code for %s: %s", shot, refusal).startsWith("gw.");
            assertThat(body.path("error_message").asText()).as("error_message for %s: %s", shot, refusal).isNotBlank();
            return;
        }
        assertThat(body.path("success").isBoolean() && !body.path("success").asBoolean())
                .as("success false for %s: %s", shot, refusal).isTrue();
        assertThat(body.path("code").asText()).as("code for %s: %s", shot, refusal).isEqualTo("PARAM_ILLEGAL");
        assertThat(body.path("field").asText()).as("field for %s: %s", shot, refusal).isNotBlank();
        assertThat(body.path("rule").asText()).as("rule for %s: %s", shot, refusal).isNotBlank();
    }

    static void control(Shot shot, Reply refusal) {
        JsonNode body = refusal.json();
        for (String key : new String[] {"field", "rule", "message"}) {
            assertThat(body.path(key).asText()).as("%s in the control refusal of %s: %s", key, shot, refusal).isNotBlank();
        }
    }

    private static JsonNode envelopeResponse(JsonNode envelope) {
        Iterator<Map.Entry<String, JsonNode>> fields = envelope.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().endsWith("_response")) {
                return field.getValue();
            }
        }
        return envelope.path("no _response member");
    }
}
