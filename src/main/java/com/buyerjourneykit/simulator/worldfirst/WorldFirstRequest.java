package com.buyerjourneykit.simulator.worldfirst;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * One call to the gateway after its signature was checked: the calling client and the JSON body.
 * Reading a field that is missing or breaks its rule throws {@link InvalidField} naming it.
 */
final class WorldFirstRequest {
    private static final int MAX_IDENTIFIER_LENGTH = 64;
    private final String clientId;
    private final ObjectNode body;

    WorldFirstRequest(String clientId, ObjectNode body) {
        this.clientId = clientId;
        this.body = body;
    }

    String clientId() {
        return clientId;
    }

    ObjectNode body() {
        return body;
    }

    String text(String field) {
        return optionalText(field).orElseThrow(() -> InvalidField.missing(field));
    }

    /** Absent, null and blank are all "not given". */
    Optional<String> optionalText(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(AmountFields.textOf(field, node)).filter(text -> !text.isBlank());
    }

    /** A request id or an id we handed out: at most 64 characters, as WorldFirst's request ids. */
    String identifier(String field) {
        String value = text(field);
        if (value.length() > MAX_IDENTIFIER_LENGTH) {
            throw new InvalidField(field, "max-length-64", field + " must be at most 64 characters");
        }
        return value;
    }

    boolean flag(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw new InvalidField(field, "boolean", field + " must be true or false");
        }
        return node.asBoolean();
    }

    /** A consent the buyer must give: only JSON {@code true} counts. */
    void requireTrue(String field) {
        if (!flag(field)) {
            throw new InvalidField(field, "must-be-true", field + " must be true: the buyer has to agree");
        }
    }

    Money amount(String field) {
        return AmountFields.read(field, body.get(field));
    }

    String currency(String field) {
        return Currencies.check(field, text(field));
    }
}
