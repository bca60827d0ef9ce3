package com.buyerjourneykit.simulator.worldfirst;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Country of business (ISO 3166 alpha-2), the contact's names and the optional invitation code. */
final class ProfileFields {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final int MAX_NAME = 50;
    private static final Pattern INVITATION_CODE = Pattern.compile("[A-Za-z0-9]{4,20}");

    private ProfileFields() {
    }

    static String country(WorldFirstRequest request) {
        String country = request.text("countryOfBusiness");
        if (!COUNTRIES.contains(country)) {
            throw new InvalidField("countryOfBusiness", "iso-3166-alpha-2",
                    "countryOfBusiness must be an ISO 3166 two-letter country code such as MY");
        }
        return country;
    }

    static String name(WorldFirstRequest request, String field) {
        String name = request.text(field).strip();
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            throw new InvalidField(field, "max-length-50", field + " must be at most 50 characters");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidField(field, "no-control-characters", field + " must not contain control characters");
        }
        return name;
    }

    static Optional<String> invitationCode(WorldFirstRequest request) {
        Optional<String> code = request.optionalText("invitationCode").map(String::strip);
        if (code.isPresent() && !INVITATION_CODE.matcher(code.get()).matches()) {
            throw new InvalidField("invitationCode", "letters-digits-4-20", "invitationCode must be 4 to 20 letters or digits");
        }
        return code;
    }
}
