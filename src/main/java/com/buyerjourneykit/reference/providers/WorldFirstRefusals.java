package com.buyerjourneykit.reference.providers;

import com.buyerjourneykit.reference.journey.InvalidInput;
import com.buyerjourneykit.reference.journey.ProviderUnavailable;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the app makes of WorldFirst's {@code F} answers: a refusal the section knows becomes its
 * outcome id; a {@code PARAM_ILLEGAL} on a field the buyer typed becomes the buyer's own invalid
 * field, named as the app names it. Anything else ({@code U}, an unknown code, a field the app
 * filled in itself) is no answer the buyer can act on: WorldFirst is unavailable to them.
 */
public final class WorldFirstRefusals {
    private final Map<String, String> outcomes;
    private final Map<String, String> buyerFields;

    /** {@code outcomes}: WorldFirst's resultCode → outcome id; {@code buyerFields}: WorldFirst's field → the app's. */
    public WorldFirstRefusals(Map<String, String> outcomes, Map<String, String> buyerFields) {
        this.outcomes = Map.copyOf(outcomes);
        this.buyerFields = Map.copyOf(buyerFields);
    }

    public String outcomeOf(String api, WorldFirstAnswer answer) {
        if (!answer.isUnknown() && "PARAM_ILLEGAL".equals(answer.code()) && buyerFields.containsKey(answer.field())) {
            String field = buyerFields.get(answer.field());
            throw new InvalidInput(field, answer.rule(), field + ": " + answer.path("result").path("resultMessage").asText());
        }
        String outcome = answer.isUnknown() ? null : outcomes.get(answer.code());
        if (outcome == null) {
            throw unexpected(api, answer);
        }
        return outcome;
    }

    /** The numbers a refusal carries: {@code remainingAttempts}, and the resend countdown as the app's {@code retryAfterSeconds}. */
    public static Map<String, Object> factsOf(WorldFirstAnswer answer) {
        Map<String, Object> facts = new LinkedHashMap<>();
        JsonNode result = answer.path("result");
        if (result.has("remainingAttempts")) {
            facts.put("remainingAttempts", result.path("remainingAttempts").asLong());
        }
        if (result.has("resendInSeconds")) {
            facts.put("retryAfterSeconds", result.path("resendInSeconds").asLong());
        }
        return facts;
    }

    /** The answer of an API that must succeed, such as an inquiry. */
    public static WorldFirstAnswer success(String api, WorldFirstAnswer answer) {
        if (!answer.isSuccess()) {
            throw unexpected(api, answer);
        }
        return answer;
    }

    private static ProviderUnavailable unexpected(String api, WorldFirstAnswer answer) {
        return new ProviderUnavailable(WorldFirstCall.PROVIDER, api + " answered " + answer.status() + " " + answer.code());
    }
}
