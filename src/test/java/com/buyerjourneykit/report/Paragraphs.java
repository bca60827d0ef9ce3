package com.buyerjourneykit.report;

import java.util.List;

/** Markdown paragraph lines as one line, the way a browser joins them. */
final class Paragraphs {
    private Paragraphs() {
    }

    /** A space between two lines, except between Chinese characters, which have none. */
    static String join(List<String> lines) {
        StringBuilder joined = new StringBuilder();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (joined.length() > 0 && !(isWide(joined.charAt(joined.length() - 1)) && isWide(trimmed.charAt(0)))) {
                joined.append(' ');
            }
            joined.append(trimmed);
        }
        return joined.toString();
    }

    private static boolean isWide(char character) {
        Character.UnicodeScript script = Character.UnicodeScript.of(character);
        return script == Character.UnicodeScript.HAN || (character >= '\u3000' && character <= '\u303F')
                || (character >= '\uFF00' && character <= '\uFFEF');
    }
}
