package com.buyerjourneykit.report;

import java.util.Locale;

/**
 * A guide section's name in the report. Allure lists groups by name (lower-cased, character by
 * character), not in the order it met them, so a section's name must sort into the guide's order:
 * a numbered section starts with its number ({@code 7. Create a self-billed e-invoice…}) even where
 * the guide's title leaves it out, and a closing section ({@code 99-help}) keeps its plain title as
 * long as that sorts after the numbers, which a letter in any of the four languages does.
 */
final class SectionNames {
    private static final int CLOSING = 90;

    private SectionNames() {
    }

    static String of(String language, String folder) {
        String title = SectionTitles.of(language, folder);
        String number = folder.replaceFirst("^0*(\\d+[a-z]?)-.*$", "$1");
        if (!number.matches("\\d+[a-z]?") || startsWithNumber(title, number)) {
            return title;
        }
        boolean closing = Integer.parseInt(number.replaceAll("\\D", "")) >= CLOSING;
        return closing && sortsAfterNumbers(title) ? title : number.toUpperCase(Locale.ROOT) + ". " + title;
    }

    /** {@code 4A. …} or {@code 42 · …} does; {@code 1688.com …} does not start with the number 1. */
    private static boolean startsWithNumber(String title, String number) {
        String lower = title.toLowerCase(Locale.ROOT);
        return lower.startsWith(number) && (lower.length() == number.length()
                || !Character.isLetterOrDigit(lower.charAt(number.length())));
    }

    private static boolean sortsAfterNumbers(String title) {
        return !title.isEmpty() && title.toLowerCase(Locale.ROOT).charAt(0) > '9';
    }
}
