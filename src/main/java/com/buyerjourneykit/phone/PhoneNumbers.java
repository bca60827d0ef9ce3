package com.buyerjourneykit.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.regex.Pattern;

/**
 * Turns a country calling code ("+60") and a national mobile number into one E.164 number,
 * or says which field breaks which rule. Shared by the simulator and the reference app, so
 * both refuse the same numbers for the same reasons.
 */
public final class PhoneNumbers {
    private static final Pattern COUNTRY_CODE = Pattern.compile("\\+[1-9]\\d{0,2}");
    private static final Pattern MOBILE_CHARACTERS = Pattern.compile("[0-9 \\-]+");
    private static final int MIN_DIGITS = 4;
    private static final int MAX_DIGITS = 20;
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    public static MobileNumber parse(String countryCode, String mobile) {
        int callingCode = callingCode(countryCode);
        requireMobileShape(mobile);
        PhoneNumber number = parseNational(callingCode, mobile);
        if (!isMobileOfCountry(number, callingCode)) {
            throw new InvalidPhoneNumber(PhoneRule.MOBILE_NUMBER_FOR_COUNTRY, countryCode);
        }
        return new MobileNumber(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    }

    private static int callingCode(String countryCode) {
        if (countryCode == null || countryCode.isBlank()) {
            throw new InvalidPhoneNumber(PhoneRule.COUNTRY_CODE_REQUIRED, countryCode);
        }
        String trimmed = countryCode.trim();
        if (!COUNTRY_CODE.matcher(trimmed).matches()) {
            throw new InvalidPhoneNumber(PhoneRule.KNOWN_COUNTRY_CODE, countryCode);
        }
        int code = Integer.parseInt(trimmed.substring(1));
        if (UTIL.getRegionCodeForCountryCode(code).equals("ZZ")) {
            throw new InvalidPhoneNumber(PhoneRule.KNOWN_COUNTRY_CODE, countryCode);
        }
        return code;
    }

    private static void requireMobileShape(String mobile) {
        if (mobile == null || mobile.isBlank()) {
            throw new InvalidPhoneNumber(PhoneRule.MOBILE_REQUIRED, null);
        }
        if (!MOBILE_CHARACTERS.matcher(mobile.trim()).matches()) {
            throw new InvalidPhoneNumber(PhoneRule.MOBILE_DIGITS, null);
        }
        int digits = mobile.replaceAll("[ \\-]", "").length();
        if (digits < MIN_DIGITS || digits > MAX_DIGITS) {
            throw new InvalidPhoneNumber(PhoneRule.MOBILE_LENGTH, null);
        }
    }

    private static PhoneNumber parseNational(int callingCode, String mobile) {
        try {
            return UTIL.parse("+" + callingCode + mobile.replaceAll("[ \\-]", ""), "ZZ");
        } catch (NumberParseException e) {
            throw new InvalidPhoneNumber(PhoneRule.MOBILE_DIGITS, null);
        }
    }

    private static boolean isMobileOfCountry(PhoneNumber number, int callingCode) {
        if (number.getCountryCode() != callingCode || !UTIL.isValidNumber(number)) {
            return false;
        }
        PhoneNumberType type = UTIL.getNumberType(number);
        return type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
    }
}
