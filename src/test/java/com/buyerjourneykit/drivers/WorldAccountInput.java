package com.buyerjourneykit.drivers;

import java.util.Map;
import java.util.Set;

/**
 * Guide section 3, "Let's create your account": the World Account form as the buyer fills it in,
 * unvalidated. {@code codeChannel} says where the code went (MOBILE, EMAIL); the flags are ticks.
 */
public record WorldAccountInput(String countryOfBusiness, String firstName, String lastName, String email,
                                String codeChannel, String verificationCode, String password, String invitationCode,
                                Boolean marketInsightsConsent, Boolean termsAccepted) implements FormInput {

    @Override
    public Map<String, String> fields() {
        return FormInput.typed("countryOfBusiness", countryOfBusiness, "firstName", firstName, "lastName", lastName,
                "email", email, "codeChannel", codeChannel, "verificationCode", verificationCode, "password", password,
                "invitationCode", invitationCode, "marketInsightsConsent", FormInput.tick(marketInsightsConsent),
                "termsAccepted", FormInput.tick(termsAccepted));
    }

    @Override
    public Set<String> flags() {
        return Set.of("marketInsightsConsent", "termsAccepted");
    }

    @Override
    public String toString() {
        return "WorldAccountInput[countryOfBusiness=" + countryOfBusiness + ", codeChannel=" + codeChannel
                + ", verificationCode=******, password=******, marketInsightsConsent=" + marketInsightsConsent
                + ", termsAccepted=" + termsAccepted + "]";
    }
}
