package com.buyerjourneykit.reference.journey;

import com.buyerjourneykit.phone.InvalidPhoneNumber;
import com.buyerjourneykit.phone.MobileNumber;
import com.buyerjourneykit.phone.PhoneNumbers;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Rules for what buyers type, checked before any provider is called; each failure names field and rule. */
public final class Inputs {
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    public static final int MAX_IDEMPOTENCY_KEY = 64;

    private Inputs() {
    }

    public static MobileNumber mobileNumber(String countryCode, String mobile) {
        try {
            return PhoneNumbers.parse(countryCode, mobile);
        } catch (InvalidPhoneNumber invalid) {
            throw new InvalidInput(invalid.field(), invalid.rule().rule(), invalid.getMessage());
        }
    }

    /**
     * Amounts come from the provider (1688 prices orders and payments), never from the buyer: a request
     * that names one of {@code amountFields} is refused, so a tampered total is never taken silently.
     */
    public static void noAmountsGiven(UnaryOperator<String> given, List<String> amountFields) {
        for (String field : amountFields) {
            String value = given.apply(field);
            if (value != null && !value.isBlank()) {
                throw new InvalidInput(field, "set-by-the-provider", field
                        + " is never sent: 1688 prices the order and its payment, and the app charges what 1688 says");
            }
        }
    }

    public static String sixDigitCode(String code) {
        String value = required("code", code);
        if (!SIX_DIGITS.matcher(value).matches()) {
            throw new InvalidInput("code", "six-digits", "code must be exactly 6 digits");
        }
        return value;
    }

    /** An idempotency key as a page or client sent it: blank is none; at most 64 characters. */
    public static Optional<String> idempotencyKey(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (text.length() > MAX_IDEMPOTENCY_KEY) {
            throw new InvalidInput("idempotencyKey", "max-length-64", "idempotencyKey must be at most " + MAX_IDEMPOTENCY_KEY
                    + " characters");
        }
        return Optional.of(text);
    }

    public static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "required", field + " is required");
        }
        return value;
    }
}
