package com.buyerjourneykit.simulator.alipay;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a biz_content string can break beyond being given at all. Each refusal names the
 * field and a stable rule id. Lengths count characters as code points, so a name in any script
 * gets the same room.
 */
final class FieldRules {
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private FieldRules() {
    }

    /** 1 to {@code maxLength} characters, rule {@code length-1-<max>}; blank is already "required". */
    static String withLength(GatewayRequest request, String field, int maxLength) {
        String text = request.text(field);
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw invalid(request, field, "length-1-" + maxLength, "must be 1 to " + maxLength + " characters");
        }
        return text;
    }

    static String matching(GatewayRequest request, String field, Pattern pattern, String rule, String explanation) {
        return matched(request, field, request.text(field), pattern, rule, explanation);
    }

    static Optional<String> optionalMatching(GatewayRequest request, String field, Pattern pattern, String rule,
                                             String explanation) {
        return request.optionalText(field).map(text -> matched(request, field, text, pattern, rule, explanation));
    }

    static String oneOf(GatewayRequest request, String field, Set<String> allowed) {
        String text = request.text(field);
        if (!allowed.contains(text)) {
            throw invalid(request, field, "one-of", "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return text;
    }

    /** Upper case only, as ISO 3166-1 writes them. */
    static String isoCountry(GatewayRequest request, String field) {
        String text = request.text(field);
        if (!ISO_COUNTRIES.contains(text)) {
            throw invalid(request, field, "iso-country", "must be an ISO 3166-1 alpha-2 country code such as MY");
        }
        return text;
    }

    static LocalDate isoDate(GatewayRequest request, String field) {
        String text = request.text(field);
        if (ISO_DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException noSuchDay) {
                // 1990-02-30 is refused like a malformed date: the buyer fixes both the same way
            }
        }
        throw invalid(request, field, "iso-date", "must be a date written YYYY-MM-DD");
    }

    static GatewayParameterException invalid(GatewayRequest request, String field, String rule, String explanation) {
        return GatewayParameterException.invalid(request.method(), field, rule, field + " " + explanation);
    }

    private static String matched(GatewayRequest request, String field, String text, Pattern pattern, String rule,
                                  String explanation) {
        if (!pattern.matcher(text).matches()) {
            throw invalid(request, field, rule, explanation);
        }
        return text;
    }
}
