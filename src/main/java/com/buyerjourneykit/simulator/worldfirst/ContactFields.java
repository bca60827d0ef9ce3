package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.phone.InvalidPhoneNumber;
import com.buyerjourneykit.phone.MobileNumber;
import com.buyerjourneykit.phone.PhoneNumbers;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The mobile ({@code countryCode} + {@code mobile}) and the optional e-mail of a World Account. */
final class ContactFields {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_EMAIL = 254;

    private ContactFields() {
    }

    static MobileNumber mobile(WorldFirstRequest request) {
        try {
            return PhoneNumbers.parse(request.optionalText("countryCode").orElse(null), request.optionalText("mobile").orElse(null));
        } catch (InvalidPhoneNumber invalid) {
            throw new InvalidField(invalid.field(), invalid.rule().rule(), invalid.field() + " " + invalid.rule().description());
        }
    }

    /** Lower-cased, so that one address is one key in the inbox and in the account list. */
    static Optional<String> email(WorldFirstRequest request) {
        Optional<String> email = request.optionalText("email").map(text -> text.strip().toLowerCase(Locale.ROOT));
        email.ifPresent(ContactFields::requireEmailShape);
        return email;
    }

    private static void requireEmailShape(String email) {
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            throw new InvalidField("email", "email-address", "email must be an address such as buyer@example.com");
        }
    }
}
