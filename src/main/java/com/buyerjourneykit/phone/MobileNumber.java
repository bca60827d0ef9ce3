package com.buyerjourneykit.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/** A validated mobile number in E.164 form ("+60123456789"): the key a buyer's state is kept under. */
public record MobileNumber(String e164) {
    private static final String HIDDEN = " ••• ••• ";

    /**
     * The number as SMS screens show it, with its whole calling code: "+60 ••• ••• 789",
     * "+7 ••• ••• 572", "+852 ••• ••• 678". Calling codes are one to three digits long, so a
     * fixed-width prefix would cut some and swallow a national digit of others.
     */
    public String masked() {
        String callingCode = "+" + callingCode();
        return callingCode + HIDDEN + e164.substring(Math.max(callingCode.length(), e164.length() - 3));
    }

    private int callingCode() {
        try {
            return PhoneNumberUtil.getInstance().parse(e164, "ZZ").getCountryCode();
        } catch (NumberParseException e) {
            throw new IllegalStateException("not an E.164 number", e);
        }
    }

    @Override
    public String toString() {
        return masked();
    }
}
