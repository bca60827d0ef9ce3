package com.buyerjourneykit.reference.sections.alipayaccount;

import com.buyerjourneykit.reference.journey.Inputs;
import com.buyerjourneykit.reference.journey.InvalidInput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a typed text can break, each with the stable rule id Alipay uses for the same rule,
 * so the buyer hears the same words whether the app or the provider noticed. Lengths count
 * characters as code points: a name in any script gets the same room.
 */
final class FieldRules {
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private FieldRules() {
    }

    /** Present and 1 to {@code max} characters, rule {@code length-1-<max>}. */
    static String lengthUpTo(String field, String value, int max) {
        String text = Inputs.required(field, value).strip();
        if (text.codePointCount(0, text.length()) > max) {
            throw new InvalidInput(field, "length-1-" + max, field + " must be 1 to " + max + " characters");
        }
        return text;
    }

    static String matching(String field, String value, Pattern pattern, String rule, String explanation) {
        String text = Inputs.required(field, value).strip();
        if (!pattern.matcher(text).matches()) {
            throw new InvalidInput(field, rule, field + " " + explanation);
        }
        return text;
    }

    /** Absent or blank is "not given"; anything else must follow the rule. */
    static Optional<String> optionalMatching(String field, String value, Pattern pattern, String rule, String explanation) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(matching(field, value, pattern, rule, explanation));
    }

    static String oneOf(String field, String value, Set<String> allowed) {
        String text = Inputs.required(field, value).strip();
        if (!allowed.contains(text)) {
            throw new InvalidInput(field, "one-of", field + " must be one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return text;
    }

    /** An ISO 3166-1 alpha-2 code, in capitals as the standard writes them (MY, TR, RU, CN). */
    static String isoCountry(String field, String value) {
        String text = Inputs.required(field, value).strip();
        if (!ISO_COUNTRIES.contains(text)) {
            throw new InvalidInput(field, "iso-country", field + " must be an ISO 3166-1 alpha-2 country code such as MY");
        }
        return text;
    }

    /** A calendar day written YYYY-MM-DD; a day that does not exist (2000-02-30) breaks the same rule. */
    static LocalDate isoDate(String field, String value) {
        String text = Inputs.required(field, value).strip();
        try {
            if (ISO_DATE.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException noSuchDay) {
            // the same refusal as a malformed date
        }
        throw new InvalidInput(field, "iso-date", field + " must be a date written YYYY-MM-DD");
    }
}
