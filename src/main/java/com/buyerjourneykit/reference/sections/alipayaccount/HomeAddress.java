package com.buyerjourneykit.reference.sections.alipayaccount;

import java.util.Optional;
import java.util.regex.Pattern;

/** Where the buyer lives, as registered with Alipay (ALI-05, "Register location and address"). */
public record HomeAddress(String country, String region, String city, String addressLine, Optional<String> postalCode) {
    private static final Pattern POSTAL_CODE = Pattern.compile("[A-Za-z0-9 -]{1,12}");

    /** The address as typed, refused with field and rule on the first rule it breaks; the postal code is optional. */
    public static HomeAddress of(String country, String region, String city, String addressLine, String postalCode) {
        return new HomeAddress(
                FieldRules.isoCountry("country", country),
                FieldRules.lengthUpTo("region", region, 60),
                FieldRules.lengthUpTo("city", city, 60),
                FieldRules.lengthUpTo("addressLine", addressLine, 200),
                FieldRules.optionalMatching("postalCode", postalCode, POSTAL_CODE, "postal-code",
                        "must be at most 12 letters, digits, spaces or dashes"));
    }
}
