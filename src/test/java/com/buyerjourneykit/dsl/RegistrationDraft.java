package com.buyerjourneykit.dsl;

import com.buyerjourneykit.drivers.RegistrationInput;

/**
 * A 1688 registration form filled in validly by default (a personal account, the buyer's mobile,
 * the slider dragged to the end, every box ticked), changed one field at a time by a scenario.
 */
final class RegistrationDraft {
    static final String PASSWORD = "Journey-2026";
    static final int SLIDER_END = 300;
    private String accountType = "personal";
    private String memberName;
    private String password = PASSWORD;
    private String confirmPassword = PASSWORD;
    private String countryCode;
    private String mobile;
    private Integer sliderOffset = SLIDER_END;
    private Boolean agreeTerms = true;
    private Boolean agreePrivacy = true;
    private Boolean agreeAlipay = true;
    private String businessLicence;

    static RegistrationDraft validFor(ScenarioBuyer buyer, String memberName) {
        RegistrationDraft draft = new RegistrationDraft();
        draft.memberName = memberName;
        draft.countryCode = buyer.countryCode();
        draft.mobile = buyer.mobile();
        return draft;
    }

    RegistrationDraft memberName(String name) {
        memberName = name;
        return this;
    }

    RegistrationDraft password(String newPassword) {
        password = newPassword;
        confirmPassword = newPassword;
        return this;
    }

    RegistrationDraft confirmPassword(String confirmation) {
        confirmPassword = confirmation;
        return this;
    }

    RegistrationDraft mobile(String newCountryCode, String newMobile) {
        countryCode = newCountryCode;
        mobile = newMobile;
        return this;
    }

    RegistrationDraft slider(Integer offset) {
        sliderOffset = offset;
        return this;
    }

    RegistrationDraft enterprise(String licence) {
        accountType = "enterprise";
        businessLicence = licence;
        return this;
    }

    /** Leaves one consent box unticked: {@code agreeTerms}, {@code agreePrivacy} or {@code agreeAlipay}. */
    RegistrationDraft without(String consent) {
        switch (consent) {
            case "agreeTerms":
                agreeTerms = false;
                break;
            case "agreePrivacy":
                agreePrivacy = false;
                break;
            case "agreeAlipay":
                agreeAlipay = false;
                break;
            default:
                throw new IllegalArgumentException("no consent box called " + consent + "; agreeTerms, agreePrivacy or agreeAlipay");
        }
        return this;
    }

    RegistrationInput input() {
        return new RegistrationInput(accountType, memberName, password, confirmPassword, countryCode, mobile, sliderOffset,
                agreeTerms, agreePrivacy, agreeAlipay, businessLicence);
    }
}
