package com.buyerjourneykit.reference.sections.alipayaccount;

import java.util.Optional;
import java.util.regex.Pattern;

/** The personal details that complete the Alipay account (ALI-06): occupation, and an e-mail address if the buyer gives one. */
public record PersonalDetails(String occupation, Optional<String> email) {
    /** local@domain.tld with at most 254 characters: the everyday shape of an address, not all of RFC 5322. */
    private static final Pattern EMAIL = Pattern.compile(
            "(?=.{3,254}$)[\\w.+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    public static PersonalDetails of(String occupation, String email) {
        return new PersonalDetails(
                FieldRules.lengthUpTo("occupation", occupation, 60),
                FieldRules.optionalMatching("email", email, EMAIL, "email", "must be an e-mail address such as buyer@example.com"));
    }
}
