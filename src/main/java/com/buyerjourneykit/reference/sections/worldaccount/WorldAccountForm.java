package com.buyerjourneykit.reference.sections.worldaccount;

/**
 * "Let's create your account" as the buyer filled it in; {@code null} means left empty. The
 * password only passes through to WorldFirst: it is never stored, and never printed.
 */
public record WorldAccountForm(String countryOfBusiness, String firstName, String lastName, String email,
                               String codeChannel, String verificationCode, String password, String invitationCode,
                               Boolean marketInsightsConsent, Boolean termsAccepted) {

    @Override
    public String toString() {
        return "WorldAccountForm[countryOfBusiness=" + countryOfBusiness + ", firstName=" + firstName + ", lastName="
                + lastName + ", email=" + email + ", codeChannel=" + codeChannel + ", password=******]";
    }
}
