package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.phone.MobileNumber;
import java.util.regex.Pattern;

/**
 * 个人账户注册 / 企业账户注册 as submitted (同意并注册), every field checked in the order the form
 * shows them. The password is hashed as soon as it is known to be acceptable, and never kept.
 */
record RegistrationForm(boolean enterprise, String memberName, PasswordHash password, MobileNumber mobile,
                        String sliderToken, String businessLicence) {
    /** 统一社会信用代码: 18 characters of digits and capitals without I, O, S, V, Z. */
    static final int UNIFIED_SOCIAL_CREDIT_CODE_LENGTH = 18;
    private static final Pattern UNIFIED_SOCIAL_CREDIT_CODE =
            Pattern.compile("[0-9A-HJ-NPQRTUWXY]{" + UNIFIED_SOCIAL_CREDIT_CODE_LENGTH + "}");

    static RegistrationForm read(AopRequest request) {
        boolean enterprise = isEnterprise(request.text("accountType"));
        String memberName = MemberNames.check("memberName", request.text("memberName"));
        String password = Passwords.check("password", request.text("password"));
        requireConfirmation(password, request.text("confirmPassword"));
        MobileNumber mobile = MobileFields.readRegistrationMobile(request);
        String sliderToken = request.optionalText("sliderToken").orElseThrow(() -> new InvalidParameter(
                "sliderToken", "slider-token", "sliderToken is required: drag the slider to the right first"));
        request.requireTrue("agreeTerms");
        request.requireTrue("agreePrivacy");
        request.requireTrue("agreeAlipay");
        String licence = request.optionalText("businessLicence").orElse("");
        if (licence.length() > 64) {
            throw new InvalidParameter("businessLicence", "max-length-64", "businessLicence must be at most 64 characters");
        }
        return new RegistrationForm(enterprise, memberName, PasswordHash.of(password), mobile, sliderToken, licence);
    }

    /** REG-01: the enterprise form needs a Chinese business licence (统一社会信用代码). */
    boolean enterpriseWithoutLicence() {
        return enterprise && !UNIFIED_SOCIAL_CREDIT_CODE.matcher(businessLicence).matches();
    }

    private static boolean isEnterprise(String accountType) {
        if (!accountType.equals("personal") && !accountType.equals("enterprise")) {
            throw new InvalidParameter("accountType", "one-of", "accountType must be personal or enterprise");
        }
        return accountType.equals("enterprise");
    }

    private static void requireConfirmation(String password, String confirmation) {
        if (!password.equals(confirmation)) {
            throw new InvalidParameter("confirmPassword", "equals-password", "confirmPassword must equal password");
        }
    }
}
