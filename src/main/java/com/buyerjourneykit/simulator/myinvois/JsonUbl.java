package com.buyerjourneykit.simulator.myinvois;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A UBL document in MyInvois's JSON notation. Read with decimals as BigDecimal (amounts are JSON
 * numbers there, and a double would change them), every key once, nothing after the document.
 */
final class JsonUbl implements UblNode {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private final JsonNode json;

    private JsonUbl(JsonNode json) {
        this.json = json;
    }

    /** The one {@code Invoice} of the document, or {@link UnreadableDocument}. */
    static UblNode invoiceOf(byte[] document) {
        JsonNode root;
        try {
            root = MAPPER.readTree(document);
        } catch (IOException notJson) {
            throw new UnreadableDocument("the document is not one well-formed JSON object with every key once");
        }
        JsonNode invoices = root == null ? null : root.get("Invoice");
        if (invoices == null || !invoices.isArray() || invoices.size() != 1 || !invoices.get(0).isObject()) {
            throw new UnreadableDocument("the document must hold exactly one Invoice: {\"Invoice\":[{…}]}");
        }
        return new JsonUbl(invoices.get(0));
    }

    @Override
    public List<UblNode> children(String name) {
        JsonNode list = json.get(name);
        List<UblNode> children = new ArrayList<>();
        if (list != null && list.isArray()) {
            list.forEach(child -> {
                if (child.isObject()) {
                    children.add(new JsonUbl(child));
                }
            });
        }
        return children;
    }

    @Override
    public Optional<String> text() {
        return valueOf(json.get("_"));
    }

    @Override
    public Optional<String> attribute(String name) {
        return valueOf(json.get(name));
    }

    private static Optional<String> valueOf(JsonNode value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.isNumber()) {
            return Optional.of(value.decimalValue().toPlainString());
        }
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }
}
