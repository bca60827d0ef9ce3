package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.JsonRefusal;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.member1688.AopRequest;
import com.buyerjourneykit.simulator.member1688.InvalidParameter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A nested parameter that the open platform sends as JSON inside one form field
 * ({@code offerQueryParam}, {@code addressParam}, each item of {@code cargoParamList}). A broken
 * member is named with its path: {@code offerQueryParam.pageSize}, {@code cargoParamList[1].quantity}.
 */
final class ParamObject {
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
    private final JsonNode json;
    private final String path;

    private ParamObject(JsonNode json, String path) {
        this.json = json;
        this.path = path;
    }

    static ParamObject of(AopRequest request, String field) {
        return parse(request.text(field), field);
    }

    static Optional<ParamObject> optional(AopRequest request, String field) {
        return request.optionalText(field).map(text -> parse(text, field));
    }

    /** A JSON array of objects in one field; each object is read strictly, like the whole. */
    static List<ParamObject> list(AopRequest request, String field) {
        ObjectNode wrapper = parse("{\"items\":" + request.text(field) + "}", field).json.deepCopy();
        JsonNode items = wrapper.get("items");
        if (wrapper.size() != 1 || items == null || !items.isArray()) {
            throw new InvalidParameter(field, "json-array", field + " must be a JSON array of objects");
        }
        List<ParamObject> list = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            if (!items.get(index).isObject()) {
                throw new InvalidParameter(field + "[" + index + "]", "json-object", "each item of " + field + " must be an object");
            }
            list.add(new ParamObject(items.get(index), field + "[" + index + "]"));
        }
        return list;
    }

    private static ParamObject parse(String text, String field) {
        try {
            return new ParamObject(SimulatorJson.strictObject(text, field), field);
        } catch (JsonRefusal refused) {
            String named = refused.field().equals(field) ? field : field + "." + refused.field();
            throw new InvalidParameter(named, refused.rule(), field + " must be one JSON object, each key once");
        }
    }

    String name(String member) {
        return path + "." + member;
    }

    Optional<String> text(String member) {
        JsonNode node = json.get(member);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new InvalidParameter(name(member), "string", name(member) + " must be a JSON string");
        }
        return Optional.of(node.asText().strip()).filter(text -> !text.isEmpty());
    }

    String requiredText(String member) {
        return text(member).orElseThrow(() -> InvalidParameter.missing(name(member)));
    }

    /** A whole number (JSON number or digits in a string) from {@code min} to {@code max}; rule {@code whole-number-<min>-<max>}. */
    long wholeNumber(String member, long min, long max, long fallback) {
        JsonNode node = json.get(member);
        if (node == null || node.isNull()) {
            return fallback;
        }
        String text = node.isIntegralNumber() ? node.asText() : node.isTextual() ? node.asText().strip() : "";
        if (!DIGITS.matcher(text).matches() || Long.parseLong(text) < min || Long.parseLong(text) > max) {
            throw new InvalidParameter(name(member), "whole-number-" + min + "-" + max,
                    name(member) + " must be a whole number from " + min + " to " + max);
        }
        return Long.parseLong(text);
    }

    /** A country or region as ISO 3166 alpha-2 ({@code MY}); rule {@code iso-3166-alpha-2}. */
    Optional<String> region(String member) {
        Optional<String> region = text(member);
        if (region.isPresent() && !REGION.matcher(region.get()).matches()) {
            throw new InvalidParameter(name(member), "iso-3166-alpha-2",
                    name(member) + " must be a country or region code such as MY (ISO 3166, two capitals)");
        }
        return region;
    }
}
