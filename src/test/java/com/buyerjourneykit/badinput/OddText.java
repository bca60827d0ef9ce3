package com.buyerjourneykit.badinput;


/** Text a field should never expect: control characters, odd unicode, markup, injections, overlong runs. */
final class OddText {
    static final int BODY_LIMIT = 64 * 1024;

    private OddText() {
    }

    static Gen<String> any() {
        return Gen.<String>mix()
                .add(4, Gen.of(FIXED))
                .add(3, Gen.anyText(0, 40))
                .add(2, overlong())
                .add(2, Gen.chars('\u0000', '\u001f', 1, 10));
    }

    /** Longer than any field allows, but below the body limit. */
    static Gen<String> overlong() {
        return Gen.between(201, 3000).map(length -> "a".repeat(length - 1) + "张");
    }

    /** A value long enough to push the body past the servers' 64 KiB limit. */
    static Gen<String> overBodyLimit() {
        return Gen.between(BODY_LIMIT + 1, 3 * BODY_LIMIT).map("x"::repeat);
    }

    private static final String[] FIXED = {
        "", " ", "\t", "\u0000", "a\u0000b", "\r\n", "\u0007", "\u007f", "\u200b", "\u202e", "\ufeff", "\uffff",
        "\ud83d\ude00", "张伟", "Ａ１２３４５", "١٢٣٤٥٦", "𠀀𠀀𠀀𠀀𠀀", "\u3000\u3000", "\u00a0",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "<b>bold</b>", "&amp;&lt;", "{{7*7}}",
        "${7*7}", "[[${7*7}]]", "' OR '1'='1", "'; DROP TABLE journeys; --", "../../etc/passwd", "%00", "%2B60",
        "+60", "null", "true", "0", "-1", "1e999", "NaN", "000000", "999999", "12345", "1234567", "ＡＢＣ",
        "a".repeat(200), "a".repeat(201), "PASSPORT\u0000", "MY\n", "2026-02-30", "9999-99-99", "-0001-01-01"
    };
}
