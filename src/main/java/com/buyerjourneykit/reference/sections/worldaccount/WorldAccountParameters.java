package com.buyerjourneykit.reference.sections.worldaccount;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The body of {@code worldAccount/register}: the contact (mobile, e-mail, code channel) and the form's fields. */
final class WorldAccountParameters {
    private WorldAccountParameters() {
    }

    static ObjectNode of(ObjectNode contact, WorldAccountRegistration registration) {
        ObjectNode body = contact.put("countryOfBusiness", registration.countryOfBusiness())
                .put("firstName", registration.firstName())
                .put("lastName", registration.lastName())
                .put("verificationCode", registration.verificationCode())
                .put("password", registration.password())
                .put("marketInsightsConsent", registration.marketInsightsConsent())
                .put("termsAccepted", true);
        registration.invitationCode().ifPresent(code -> body.put("invitationCode", code));
        return body;
    }
}
