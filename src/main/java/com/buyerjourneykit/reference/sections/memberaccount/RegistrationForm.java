package com.buyerjourneykit.reference.sections.memberaccount;

/**
 * 个人账户注册 / 企业账户注册 as the buyer filled it in, not yet checked; {@code null} means left
 * empty. The password only passes through to 1688: it is never stored, and never printed.
 */
public record RegistrationForm(String accountType, String memberName, String password, String confirmPassword,
                               String countryCode, String mobile, Integer sliderOffset,
                               Boolean agreeTerms, Boolean agreePrivacy, Boolean agreeAlipay, String businessLicence) {

    @Override
    public String toString() {
        return "RegistrationForm[accountType=" + accountType + ", memberName=" + memberName
                + ", password=******, mobile=" + countryCode + " " + mobile + ", sliderOffset=" + sliderOffset + "]";
    }
}
