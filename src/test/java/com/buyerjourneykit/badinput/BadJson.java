package com.buyerjourneykit.badinput;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Malformed JSON bodies made from one valid body: each breaks one thing (a field's type, presence,
 * length or text; the syntax; the declared type; the size), so a refusal can be traced to it.
 */
final class BadJson {
    private static final Object[] WRONG_VALUES = {
        7, -1, 0, true, false, new JsonText.Raw("null"), List.of(), List.of("x"), Map.of(), Map.of("a", 1), 1.5,
        new JsonText.Raw("1e400"), new JsonText.Raw("-1e400"), new JsonText.Raw("123456789012345678901234567890"),
        new JsonText.Raw("-2147483649"), new JsonText.Raw("2147483648"), new JsonText.Raw("-0"),
        Integer.MIN_VALUE, Long.MAX_VALUE, "300", "true", ""
    };
    private static final String[] GARBAGE = {"x", "}", "{}", " []", "garbage", "\u0000", ",\"a\":1}", "<html>", "{", "\n\n1"};
    private static final String[] NOT_OBJECTS = {"[]", "[{}]", "\"text\"", "42", "null", "true", "-1", "1e999", "[[[]]]"};
    private static final String[] BROKEN_SYNTAX = {
        "{'code':'123456'}", "{code:\"123456\"}", "{\"a\":1,}", "{\"a\":1 /* c */}", "{\"a\":NaN}", "{\"a\":01}",
        "{\"a\":\"\\x41\"}", "{\"a\":\"\\ud800\"}", "{\"a\" \"b\"}", "{,}", "{\"a\":tru}", "\ufeff{}", "{}}", "{{}}"
    };
    private static final String[] WRONG_TYPES = {
        "text/plain", Shot.FORM, "multipart/form-data; boundary=x", "application/xml", "text/html", "application/javascript",
        "application/json-patch+json", "application/json; charset=iso-8859-1", "application/json; charset=nonsense", ";;;",
        "*/*", "application", "json"
    };

    private BadJson() {
    }

    static Gen<BadBody> from(Map<String, Object> valid) {
        List<Map.Entry<String, Object>> pairs = new ArrayList<>(valid.entrySet());
        String json = JsonText.object(pairs);
        return Gen.<BadBody>mix()
                .add(4, field(pairs).flatMap(index -> Gen.of(WRONG_VALUES)
                        .map(value -> body("wrong type", Pairs.replaced(pairs, index, value)))))
                .add(2, field(pairs).map(index -> body("missing field", Pairs.without(pairs, index))))
                .add(2, Gen.of(WRONG_VALUES).map(value -> body("extra field", Pairs.with(pairs, "unexpected", value))))
                .add(4, field(pairs).flatMap(index -> OddText.any()
                        .map(text -> body("odd text", Pairs.replaced(pairs, index, text)))))
                .add(2, field(pairs).map(index -> invalidUtf8(pairs, index)))
                .add(2, Gen.between(0, Math.max(0, json.length() - 1))
                        .map(cut -> BadBody.of("truncated", Shot.JSON, json.substring(0, cut))))
                .add(2, Gen.of(GARBAGE).map(garbage -> BadBody.of("trailing garbage", Shot.JSON, json + garbage)))
                .add(3, repeatedKey(pairs))
                .add(2, Gen.of(NOT_OBJECTS).map(text -> BadBody.of("not an object", Shot.JSON, text)))
                .add(1, Gen.of(BROKEN_SYNTAX).map(text -> BadBody.of("broken syntax", Shot.JSON, text)))
                .add(2, Gen.of(WRONG_TYPES).map(type -> BadBody.of("wrong content type", type, json)))
                .add(1, Gen.of("", " ", "\n").map(text -> BadBody.of("empty body", Shot.JSON, text)))
                .add(1, Gen.just(BadBody.of("no content type", null, json)))
                .add(1, Gen.between(1500, 5000).map(depth -> BadBody.of("deep nesting", Shot.JSON,
                        "[".repeat(depth) + "]".repeat(depth))))
                .add(1, field(pairs).flatMap(index -> OddText.overBodyLimit()
                        .map(text -> body("over the body limit", Pairs.replaced(pairs, index, text)))));
    }

    private static Gen<Integer> field(List<?> pairs) {
        return Gen.between(0, Math.max(0, pairs.size() - 1));
    }

    private static BadBody body(String kind, List<Map.Entry<String, Object>> pairs) {
        return BadBody.of(kind, Shot.JSON, JsonText.object(pairs));
    }

    private static Gen<BadBody> repeatedKey(List<Map.Entry<String, Object>> pairs) {
        return field(pairs).flatMap(index -> Gen.of(WRONG_VALUES).map(other -> {
            List<Map.Entry<String, Object>> repeated = new ArrayList<>(pairs);
            if (!pairs.isEmpty()) {
                repeated.add(0, Pairs.entry(pairs.get(index).getKey(), other));
            }
            return body("repeated key", repeated);
        }));
    }

    /** A field's value with raw bytes that are no UTF-8 at all (lone continuation, overlong, surrogate). */
    private static BadBody invalidUtf8(List<Map.Entry<String, Object>> pairs, int index) {
        String marker = "INVALID_UTF8";
        String text = JsonText.object(Pairs.replaced(pairs, index, "a" + marker + "b"));
        byte[][] parts = {text.substring(0, text.indexOf(marker)).getBytes(StandardCharsets.UTF_8),
                {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0x80, (byte) 0xC0, (byte) 0xAF, (byte) 0xED, (byte) 0xA0, (byte) 0x80},
                text.substring(text.indexOf(marker) + marker.length()).getBytes(StandardCharsets.UTF_8)};
        byte[] bytes = new byte[parts[0].length + parts[1].length + parts[2].length];
        System.arraycopy(parts[0], 0, bytes, 0, parts[0].length);
        System.arraycopy(parts[1], 0, bytes, parts[0].length, parts[1].length);
        System.arraycopy(parts[2], 0, bytes, parts[0].length + parts[1].length, parts[2].length);
        return new BadBody("invalid UTF-8", Shot.JSON, bytes);
    }
}
