package com.buyerjourneykit.reference.sections.worldaccount;

import com.buyerjourneykit.reference.journey.Inputs;
import com.buyerjourneykit.reference.journey.InvalidInput;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules of "Let's create your account", checked before WorldFirst is asked; each names field and rule. */
final class WorldAccountInputs {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final Pattern INVITATION_CODE = Pattern.compile("[A-Za-z0-9]{4,20}");
    static final int MAX_NAME = 50;

    private WorldAccountInputs() {
    }

    static WorldAccountRegistration registration(WorldAccountForm form) {
        String country = country(form.countryOfBusiness());
        String firstName = name("firstName", form.firstName());
        String lastName = name("lastName", form.lastName());
        CodeRequest code = codeRequest(form.codeChannel(), form.email());
        String verificationCode = verificationCode(form.verificationCode());
        String password = WorldAccountPasswords.check("password", form.password());
        Optional<String> invitation = invitationCode(form.invitationCode());
        if (!Boolean.TRUE.equals(form.termsAccepted())) {
            throw new InvalidInput("termsAccepted", "accepted", "termsAccepted must be true: the buyer has to accept the terms");
        }
        return new WorldAccountRegistration(country, firstName, lastName, code, verificationCode, password, invitation,
                Boolean.TRUE.equals(form.marketInsightsConsent()));
    }

    /** MOBILE (the default) or EMAIL; an e-mail code needs the address. */
    static CodeRequest codeRequest(String channel, String email) {
        String chosen = channel == null || channel.isBlank() ? CodeRequest.MOBILE : channel.strip();
        if (!chosen.equals(CodeRequest.MOBILE) && !chosen.equals(CodeRequest.EMAIL)) {
            throw new InvalidInput("codeChannel", "one-of", "codeChannel must be MOBILE or EMAIL");
        }
        Optional<String> address = email(email);
        if (chosen.equals(CodeRequest.EMAIL) && address.isEmpty()) {
            throw new InvalidInput("email", "required", "email is required when the code goes by e-mail");
        }
        return new CodeRequest(chosen, address.orElse(null));
    }

    private static String country(String country) {
        String value = Inputs.required("countryOfBusiness", country).strip();
        if (!COUNTRIES.contains(value)) {
            throw new InvalidInput("countryOfBusiness", "iso-3166-alpha-2",
                    "countryOfBusiness must be a two-letter country code such as MY");
        }
        return value;
    }

    private static String name(String field, String name) {
        String value = Inputs.required(field, name).strip();
        if (value.codePointCount(0, value.length()) > MAX_NAME) {
            throw new InvalidInput(field, "max-length-50", field + " must be at most 50 characters");
        }
        return value;
    }

    private static Optional<String> email(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        String value = email.strip();
        if (!EMAIL.matcher(value).matches()) {
            throw new InvalidInput("email", "email", "email must be an address such as buyer@example.com");
        }
        return Optional.of(value);
    }

    private static String verificationCode(String code) {
        String value = Inputs.required("verificationCode", code).strip();
        if (!SIX_DIGITS.matcher(value).matches()) {
            throw new InvalidInput("verificationCode", "six-digits", "verificationCode must be exactly 6 digits");
        }
        return value;
    }

    private static Optional<String> invitationCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        if (!INVITATION_CODE.matcher(code.strip()).matches()) {
            throw new InvalidInput("invitationCode", "letters-digits-4-20", "invitationCode must be 4 to 20 letters or digits");
        }
        return Optional.of(code.strip());
    }
}
