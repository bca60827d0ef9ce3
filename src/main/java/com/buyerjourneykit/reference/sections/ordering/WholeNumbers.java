package com.buyerjourneykit.reference.sections.ordering;

import com.buyerjourneykit.reference.journey.InvalidInput;
import java.util.regex.Pattern;

/**
 * A whole number the buyer typed (a quantity, a page), checked against one rule that names its
 * range, so {@code 0}, {@code -1}, {@code 1.5} and {@code "ten"} all get the same answer.
 */
final class WholeNumbers {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,12}");

    private WholeNumbers() {
    }

    /** {@code null} when not given. */
    static Long read(String field, String text, long min, long max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String rule = "whole-number-" + min + "-" + max;
        if (!DIGITS.matcher(text.strip()).matches()) {
            throw refusal(field, rule, min, max);
        }
        long number = Long.parseLong(text.strip());
        if (number < min || number > max) {
            throw refusal(field, rule, min, max);
        }
        return number;
    }

    private static InvalidInput refusal(String field, String rule, long min, long max) {
        return new InvalidInput(field, rule, field + " must be a whole number from " + min + " to " + max);
    }
}
