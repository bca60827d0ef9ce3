package com.buyerjourneykit.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * The app's refusal contract (openapi/reference-api.yaml): REST answers {@code status}, {@code error},
 * {@code message}, and bad input (400; a form without its token 403; size and type 413 and 415) adds {@code field}
 * and {@code rule}; a page shows bad input with {@code data-outcome="invalid-field"}, {@code data-field}
 * and {@code data-rule}, and leaves what no page shows (no such journey or language) to the REST answer.
 */
final class AppRefusals {
    private static final Set<Integer> NAMING_FIELD_AND_RULE = Set.of(400, 403, 413, 415);
    private static final Set<String> UNKNOWN_NAMED = Set.of("journey-not-found", "unknown-language");

    private AppRefusals() {
    }

    static void rest(Shot shot, Reply refusal) {
        if (ServerLevelRefusal.explains(shot, refusal)) {
            return;
        }
        assertThat(refusal.isJson()).as("a JSON refusal for %s, got %s", shot, refusal).isTrue();
        JsonNode body = refusal.json();
        assertThat(body.path("status").asInt()).as("status in %s for %s", refusal, shot).isEqualTo(refusal.status());
        assertThat(body.path("error").asText()).as("error in %s for %s", refusal, shot).isNotBlank();
        assertThat(body.path("message").asText()).as("message in %s for %s", refusal, shot).isNotBlank();
        if (NAMING_FIELD_AND_RULE.contains(refusal.status()) || UNKNOWN_NAMED.contains(body.path("error").asText())) {
            assertThat(body.path("field").asText()).as("field in %s for %s", refusal, shot).isNotBlank();
            assertThat(body.path("rule").asText()).as("rule in %s for %s", refusal, shot).isNotBlank();
        }
    }

    static void page(Shot shot, Reply refusal) {
        if (!refusal.isHtml() || ServerLevelRefusal.explains(shot, refusal)) {
            rest(shot, refusal);
            return;
        }
        assertThat(refusal.status()).as("a page refusal that is not bad input for %s: %s", shot, refusal).isIn(400, 409, 422, 429);
        if (refusal.status() == 400) {
            assertThat(refusal.body()).as("the page names field and rule for %s", shot)
                    .contains("data-outcome=\"invalid-field\"").contains("data-field=\"").contains("data-rule=\"");
        }
    }
}
