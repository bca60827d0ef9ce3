package com.buyerjourneykit.simulator.member1688.commerce;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** One object of the catalogue file with its path, so a broken field is reported as {@code catalogue.offers[3].price}. */
final class CatalogueNode {
    private final JsonNode json;
    private final String path;

    CatalogueNode(JsonNode json, String path) {
        this.json = json;
        this.path = path;
    }

    String text(String field) {
        JsonNode node = json.path(field);
        if (!node.isTextual() || node.asText().isBlank()) {
            throw broken(field, "must be a non-blank string");
        }
        return node.asText();
    }

    String optionalText(String field) {
        return json.path(field).isTextual() ? json.path(field).asText() : null;
    }

    boolean has(String field) {
        return json.hasNonNull(field);
    }

    boolean flag(String field) {
        if (!json.path(field).isBoolean()) {
            throw broken(field, "must be true or false");
        }
        return json.path(field).asBoolean();
    }

    long count(String field) {
        JsonNode node = json.path(field);
        if (!node.isIntegralNumber() || node.asLong() < 0) {
            throw broken(field, "must be a whole number, 0 or more");
        }
        return node.asLong();
    }

    long fen(String field) {
        try {
            return Yuan.toFen(text(field));
        } catch (IllegalArgumentException | ArithmeticException notAnAmount) {
            throw broken(field, "must be a CNY amount such as \"20.00\"");
        }
    }

    List<String> texts(String field) {
        List<String> texts = new ArrayList<>();
        array(field).forEach(item -> texts.add(item.asText()));
        return texts;
    }

    List<CatalogueNode> list(String field) {
        List<CatalogueNode> nodes = new ArrayList<>();
        JsonNode array = array(field);
        for (int index = 0; index < array.size(); index++) {
            nodes.add(new CatalogueNode(array.get(index), path + "." + field + "[" + index + "]"));
        }
        return nodes;
    }

    CatalogueNode child(String field) {
        if (!json.path(field).isObject()) {
            throw broken(field, "must be an object");
        }
        return new CatalogueNode(json.path(field), path + "." + field);
    }

    IllegalStateException broken(String field, String rule) {
        return new IllegalStateException(path + "." + field + " " + rule);
    }

    private JsonNode array(String field) {
        if (!json.path(field).isArray()) {
            throw broken(field, "must be an array");
        }
        return json.path(field);
    }
}
