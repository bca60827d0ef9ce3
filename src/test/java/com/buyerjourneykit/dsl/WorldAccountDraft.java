package com.buyerjourneykit.dsl;

import com.buyerjourneykit.drivers.WorldAccountInput;

/** A World Account form valid unless a scenario changes one field (country, password, code, extras, terms). */
final class WorldAccountDraft {
    static final String PASSWORD = "Buyer2026ok";
    private String countryOfBusiness = "MY";
    private String email;
    private String codeChannel = "MOBILE";
    private String code;
    private String password = PASSWORD;
    private String invitationCode;
    private Boolean marketInsightsConsent;
    private boolean termsAccepted = true;

    static WorldAccountDraft withCode(String code) {
        WorldAccountDraft draft = new WorldAccountDraft();
        draft.code = code;
        return draft;
    }

    WorldAccountDraft byEmail(String address) {
        email = address;
        codeChannel = "EMAIL";
        return this;
    }

    WorldAccountDraft country(String country) {
        countryOfBusiness = country;
        return this;
    }

    WorldAccountDraft password(String newPassword) {
        password = newPassword;
        return this;
    }

    WorldAccountDraft extras(String invitation, boolean consent) {
        invitationCode = invitation;
        marketInsightsConsent = consent;
        return this;
    }

    WorldAccountDraft termsNotAccepted() {
        termsAccepted = false;
        return this;
    }

    WorldAccountInput input() {
        return new WorldAccountInput(countryOfBusiness, "Aisha", "Rahman", email, codeChannel, code, password,
                invitationCode, marketInsightsConsent, termsAccepted);
    }
}
