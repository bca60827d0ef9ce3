package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.phone.InvalidPhoneNumber;
import com.buyerjourneykit.phone.MobileNumber;
import com.buyerjourneykit.phone.PhoneNumbers;

/** A country calling code + national mobile pair, validated as everywhere else, under this API's field names. */
final class MobileFields {
    /** The registration form's preselected 中国大陆 +86, used when no country code is sent. */
    static final String MAINLAND_CHINA = "+86";

    private MobileFields() {
    }

    static MobileNumber parse(String countryCodeField, String countryCode, String mobileField, String mobile) {
        try {
            return PhoneNumbers.parse(countryCode, mobile);
        } catch (InvalidPhoneNumber invalid) {
            String field = invalid.field().equals("countryCode") ? countryCodeField : mobileField;
            throw new InvalidParameter(field, invalid.rule().rule(), field + " " + invalid.rule().description());
        }
    }

    static MobileNumber read(AopRequest request, String countryCodeField, String mobileField) {
        return parse(countryCodeField, request.optionalText(countryCodeField).orElse(null),
                mobileField, request.optionalText(mobileField).orElse(null));
    }

    /** As the registration form sends it: no country code means the preselected +86. */
    static MobileNumber readRegistrationMobile(AopRequest request) {
        return parse("countryCode", request.optionalText("countryCode").orElse(MAINLAND_CHINA),
                "mobile", request.optionalText("mobile").orElse(null));
    }
}
