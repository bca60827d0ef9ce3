package com.buyerjourneykit.drivers;

/**
 * The 1688 registration form as a buyer fills it in, unvalidated: {@code null} leaves a field
 * untouched (empty, unticked, the slider not dragged). The password is never logged.
 */
public record RegistrationInput(String accountType, String memberName, String password, String confirmPassword,
                                String countryCode, String mobile, Integer sliderOffset,
                                Boolean agreeTerms, Boolean agreePrivacy, Boolean agreeAlipay, String businessLicence) {

    @Override
    public String toString() {
        return "RegistrationInput[" + accountType + ", memberName=" + memberName + ", password=******, mobile="
                + countryCode + " " + mobile + ", sliderOffset=" + sliderOffset + "]";
    }
}
