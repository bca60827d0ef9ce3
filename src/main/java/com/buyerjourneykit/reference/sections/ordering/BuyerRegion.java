package com.buyerjourneykit.reference.sections.ordering;

import com.buyerjourneykit.reference.journey.InvalidInput;
import com.buyerjourneykit.reference.journey.Journey;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the goods go (ORD-03, ORD-05), an ISO 3166 alpha-2 code: what the buyer chose, or else the
 * country of the journey's mobile number (+60 → MY), since that is where a buyer usually lives.
 */
final class BuyerRegion {
    private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private BuyerRegion() {
    }

    /** The region the buyer chose, if any; rule {@code iso-3166-alpha-2}. */
    static Optional<String> chosen(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String region = text.strip();
        if (!ALPHA_2.matcher(region).matches() || !COUNTRIES.contains(region)) {
            throw new InvalidInput(field, "iso-3166-alpha-2", field + " must be a two-letter country code such as MY");
        }
        return Optional.of(region);
    }

    /** The chosen region, or else the journey's mobile number's country. */
    static String of(Optional<String> chosen, Journey journey) {
        return chosen.orElseGet(() -> ofMobile(journey.mobile().e164()));
    }

    /** The main country of the number's calling code: +7 is RU, +1 is US. */
    static String ofMobile(String e164) {
        try {
            int callingCode = PhoneNumberUtil.getInstance().parse(e164, "ZZ").getCountryCode();
            return PhoneNumberUtil.getInstance().getRegionCodeForCountryCode(callingCode);
        } catch (NumberParseException e) {
            throw new IllegalStateException("a journey's mobile is an E.164 number", e);
        }
    }
}
