package com.buyerjourneykit.reference.journey;

import com.buyerjourneykit.phone.InvalidPhoneNumber;
import com.buyerjourneykit.phone.MobileNumber;
import com.buyerjourneykit.phone.PhoneNumbers;
import java.util.regex.Pattern;

/**
 * Guide section 1, "Enter code for account verification": the buyer asks for a code by SMS and
 * enters it. Input is checked here, before any provider is called.
 */
public final class AlipayAccountOpening {
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private final AlipayAccounts alipay;

    public AlipayAccountOpening(AlipayAccounts alipay) {
        this.alipay = alipay;
    }

    public CodeRequest requestCode(String countryCode, String mobile) {
        return alipay.sendRegistrationCode(mobileNumber(countryCode, mobile));
    }

    public CodeCheck enterCode(String countryCode, String mobile, String code) {
        MobileNumber number = mobileNumber(countryCode, mobile);
        if (code == null || code.isBlank()) {
            throw new InvalidInput("code", "required", "code is required");
        }
        if (!SIX_DIGITS.matcher(code).matches()) {
            throw new InvalidInput("code", "six-digits", "code must be exactly 6 digits");
        }
        return alipay.checkRegistrationCode(number, code);
    }

    public static MobileNumber mobileNumber(String countryCode, String mobile) {
        try {
            return PhoneNumbers.parse(countryCode, mobile);
        } catch (InvalidPhoneNumber invalid) {
            throw new InvalidInput(invalid.field(), invalid.rule().rule(), invalid.getMessage());
        }
    }
}
