package com.buyerjourneykit.dsl.words;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words scenarios use for one kind of code, in en, ru, tr and zh-CN. A sentence says what the
 * guide says ("Verify Identity", "выполнен"); the system answers with a code ("alipay-identity",
 * "done"). Each word names exactly one code, so a word alone tells which code it means.
 */
public final class Words {
    /** Lists in a sentence: commas in en, ru and tr, the enumeration comma or full-width comma in Chinese. */
    private static final String LIST_SEPARATOR = "\\s*[,、，]\\s*";
    private final String kind;
    private final Map<String, String> codeByWord = new LinkedHashMap<>();

    private Words(String kind) {
        this.kind = kind;
    }

    public static Words of(String kind) {
        return new Words(kind);
    }

    /** The code and how each language says it, in the order en, ru, tr, zh-CN. */
    public Words code(String code, String english, String russian, String turkish, String chinese) {
        for (String word : List.of(english, russian, turkish, chinese)) {
            String earlier = codeByWord.putIfAbsent(word, code);
            if (earlier != null && !earlier.equals(code)) {
                throw new IllegalStateException(kind + " '" + word + "' would name both " + earlier + " and " + code);
            }
        }
        return this;
    }

    public String codeOf(String word) {
        String code = codeByWord.get(word.strip());
        if (code == null) {
            throw new IllegalArgumentException("No " + kind + " is called '" + word + "'; known: " + codeByWord.keySet());
        }
        return code;
    }

    /** A list of words as the comma-separated codes the DSL compares. */
    public String codesOf(String words) {
        return Arrays.stream(words.split(LIST_SEPARATOR)).map(this::codeOf).collect(Collectors.joining(", "));
    }
}
