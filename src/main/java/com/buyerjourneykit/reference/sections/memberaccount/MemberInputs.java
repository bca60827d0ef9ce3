package com.buyerjourneykit.reference.sections.memberaccount;

import com.buyerjourneykit.phone.MobileNumber;
import com.buyerjourneykit.reference.journey.Inputs;
import com.buyerjourneykit.reference.journey.InvalidInput;
import java.util.Optional;

/**
 * The field rules of 1688's registration form (REG-02, REG-03), in the order the form shows its
 * fields, checked before 1688 is asked; the first rule broken names its field.
 */
public final class MemberInputs {
    static final int MEMBER_NAME_MIN = 5;
    static final int MEMBER_NAME_MAX = 25;
    private static final int LICENCE_MAX = 64;

    private MemberInputs() {
    }

    public static MemberRegistration registration(RegistrationForm form) {
        boolean enterprise = isEnterprise(form.accountType());
        String memberName = memberName(form.memberName());
        String password = Passwords.check("password", form.password());
        confirmation(password, form.confirmPassword());
        MobileNumber mobile = Inputs.mobileNumber(form.countryCode(), form.mobile());
        int sliderOffset = sliderOffset(form.sliderOffset());
        consent("agreeTerms", form.agreeTerms());
        consent("agreePrivacy", form.agreePrivacy());
        consent("agreeAlipay", form.agreeAlipay());
        return new MemberRegistration(enterprise, memberName, password, mobile, sliderOffset, licence(form.businessLicence()));
    }

    public static MemberLogin login(String memberName, String password) {
        return new MemberLogin(memberName(memberName), Passwords.checkLength("password", password));
    }

    /** 会员名: 5 to 25 characters (a Chinese character counts as one), no spaces. */
    static String memberName(String name) {
        String value = Inputs.required("memberName", name);
        int length = value.codePointCount(0, value.length());
        if (length < MEMBER_NAME_MIN || length > MEMBER_NAME_MAX) {
            throw new InvalidInput("memberName", "length-5-25", "memberName must be 5 to 25 characters");
        }
        if (value.codePoints().anyMatch(character -> Character.isWhitespace(character) || Character.isSpaceChar(character)
                || Character.isISOControl(character))) {
            throw new InvalidInput("memberName", "no-whitespace", "memberName must not contain spaces");
        }
        return value;
    }

    private static void confirmation(String password, String confirmPassword) {
        if (confirmPassword == null || confirmPassword.isEmpty()) {
            throw new InvalidInput("confirmPassword", "required", "confirmPassword is required");
        }
        if (!password.equals(confirmPassword)) {
            throw new InvalidInput("confirmPassword", "equals-password", "confirmPassword must equal password");
        }
    }

    private static boolean isEnterprise(String accountType) {
        String value = Inputs.required("accountType", accountType);
        if (!value.equals("personal") && !value.equals("enterprise")) {
            throw new InvalidInput("accountType", "one-of", "accountType must be personal or enterprise");
        }
        return value.equals("enterprise");
    }

    private static int sliderOffset(Integer offset) {
        if (offset == null) {
            throw new InvalidInput("sliderOffset", "required", "sliderOffset is required: drag the slider");
        }
        if (offset < 0 || offset > MemberRegistration.SLIDER_TRACK) {
            throw new InvalidInput("sliderOffset", "range-0-300", "sliderOffset must be from 0 to 300");
        }
        return offset;
    }

    private static void consent(String field, Boolean agreed) {
        if (!Boolean.TRUE.equals(agreed)) {
            throw new InvalidInput(field, "must-be-true", field + " must be true: the buyer has to agree");
        }
    }

    private static Optional<String> licence(String licence) {
        if (licence == null || licence.isBlank()) {
            return Optional.empty();
        }
        if (licence.length() > LICENCE_MAX) {
            throw new InvalidInput("businessLicence", "max-length", "businessLicence must be at most 64 characters");
        }
        return Optional.of(licence.strip());
    }
}
