package com.buyerjourneykit.badinput;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Malformed form posts made from one valid form: each breaks one field, the encoding, the declared type or the size. */
final class BadForms {
    private static final String[] RAW_TAILS = {
        "&%s=%%zz", "&%s=%%", "&%s=%%E2%%82", "&%s=%%FF%%FE", "&%s=%%C0%%AF", "&%s=%%00", "&%%00=x", "&=x", "&&&",
        "&%s", "&%s=a+b+c", "&%s=%%2B60", "&%s==", "&%s=%%u0041"
    };
    private static final String[] WRONG_TYPES = {
        "text/plain", Shot.JSON, "multipart/form-data; boundary=x", "application/xml", "text/html",
        "application/x-www-form-urlencoded; charset=iso-8859-1", "application/x-www-form-urlencoded; charset=nonsense",
        ";;;", "application/x-www-form-urlencodedx"
    };

    private BadForms() {
    }

    static Gen<BadForm> from(List<Map.Entry<String, String>> valid) {
        return Gen.<BadForm>mix()
                .add(3, field(valid).map(index -> BadForm.of("missing field", Pairs.without(valid, index))))
                .add(4, field(valid).flatMap(index -> OddText.any().map(other -> repeated(valid, index, other))))
                .add(2, OddText.any().map(value -> BadForm.of("extra field", Pairs.with(valid, "unexpected", value))))
                .add(5, field(valid).flatMap(index -> OddText.any()
                        .map(text -> BadForm.of("odd text", Pairs.replaced(valid, index, text)))))
                .add(3, field(valid).flatMap(index -> Gen.of(RAW_TAILS)
                        .map(tail -> raw("broken encoding", valid, String.format(tail, key(valid, index))))))
                .add(2, field(valid).map(index -> invalidUtf8(valid, key(valid, index))))
                .add(2, Gen.of(WRONG_TYPES).map(type -> BadForm.of("valid form", valid).declaredAs(type)))
                .add(1, Gen.just(BadForm.of("valid form", valid).declaredAs(null)))
                .add(1, Gen.just(BadForm.of("empty body", List.of())))
                .add(1, Gen.just(json(valid)))
                .add(1, field(valid).flatMap(index -> OddText.overBodyLimit()
                        .map(text -> BadForm.of("over the body limit", Pairs.replaced(valid, index, text)))));
    }

    private static Gen<Integer> field(List<?> pairs) {
        return Gen.between(0, Math.max(0, pairs.size() - 1));
    }

    private static String key(List<Map.Entry<String, String>> pairs, int index) {
        return pairs.isEmpty() ? "unexpected" : pairs.get(index).getKey();
    }

    private static BadForm repeated(List<Map.Entry<String, String>> valid, int index, String other) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>(valid);
        String key = key(valid, index);
        if (other.length() % 2 == 0) {
            pairs.add(0, Map.entry(key, other));
        } else {
            pairs.add(Map.entry(key, valid.isEmpty() ? other : valid.get(index).getValue()));
        }
        return BadForm.of("repeated field", pairs);
    }

    private static BadForm raw(String kind, List<Map.Entry<String, String>> valid, String tail) {
        return new BadForm(kind, Shot.FORM, valid, tail.getBytes(StandardCharsets.US_ASCII));
    }

    private static BadForm invalidUtf8(List<Map.Entry<String, String>> valid, String key) {
        byte[] tail = ("&" + key + "=a").getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[tail.length + 4];
        System.arraycopy(tail, 0, bytes, 0, tail.length);
        bytes[tail.length] = (byte) 0xFF;
        bytes[tail.length + 1] = (byte) 0xC3;
        bytes[tail.length + 2] = (byte) 0x28;
        bytes[tail.length + 3] = (byte) 0x80;
        return new BadForm("invalid UTF-8", Shot.FORM, valid, bytes);
    }

    private static BadForm json(List<Map.Entry<String, String>> valid) {
        List<Map.Entry<String, Object>> fields = valid.stream().map(pair -> Pairs.<Object>entry(pair.getKey(), pair.getValue())).toList();
        return new BadForm("JSON instead of a form", Shot.JSON, List.of(),
                JsonText.object(fields).getBytes(StandardCharsets.UTF_8));
    }
}
