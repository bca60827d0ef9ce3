package com.buyerjourneykit.reference.sections.einvoice;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * UBL 2.1 in MyInvois's JSON notation: every element is an array of objects, its value under
 * {@code "_"} and its attributes beside it ({@code "ID":[{"_":"EI00000000030","schemeID":"TIN"}]}).
 */
final class Ubl {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Ubl() {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** {@code [{"_": text, attribute: value, …}]}. */
    static ArrayNode text(String text, String... attributes) {
        ObjectNode element = object().put("_", text);
        for (int at = 0; at + 1 < attributes.length; at += 2) {
            element.put(attributes[at], attributes[at + 1]);
        }
        return JSON.createArrayNode().add(element);
    }

    /** An amount as an exact JSON number (two decimals, never a double) in {@code currency}. */
    static ArrayNode amount(BigDecimal amount, String currency) {
        return JSON.createArrayNode().add(object().put("_", amount).put("currencyID", currency));
    }

    /** An element holding other elements: {@code [{…}]}. */
    static ArrayNode of(ObjectNode children) {
        return JSON.createArrayNode().add(children);
    }

    /** {@code [{name: child}]}: an element holding one other. */
    static ArrayNode wrapping(String name, ArrayNode child) {
        return of(object().set(name, child));
    }
}
