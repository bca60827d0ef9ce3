package com.buyerjourneykit.reference.sections.worldaccount;

import java.util.Optional;

/** A registration that keeps every rule: what the app sends to WorldFirst's {@code worldAccount/register}. */
public record WorldAccountRegistration(String countryOfBusiness, String firstName, String lastName, CodeRequest code,
                                       String verificationCode, String password, Optional<String> invitationCode,
                                       boolean marketInsightsConsent) {

    @Override
    public String toString() {
        return "WorldAccountRegistration[countryOfBusiness=" + countryOfBusiness + ", firstName=" + firstName
                + ", lastName=" + lastName + ", code=" + code + ", password=******]";
    }
}
