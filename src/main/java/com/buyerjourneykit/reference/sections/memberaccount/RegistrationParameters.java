package com.buyerjourneykit.reference.sections.memberaccount;

import com.buyerjourneykit.phone.MobileNumber;
import com.buyerjourneykit.reference.providers.GatewayCall;
import java.util.LinkedHashMap;
import java.util.Map;

/** The form fields of {@code account.user.register}, and a mobile number split the way 1688's form asks for it. */
final class RegistrationParameters {
    private RegistrationParameters() {
    }

    static Map<String, String> of(MemberRegistration registration, String sliderToken) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("accountType", registration.enterprise() ? "enterprise" : "personal");
        parameters.put("memberName", registration.memberName());
        parameters.put("password", registration.password());
        parameters.put("confirmPassword", registration.password());
        parameters.put("countryCode", countryCodeOf(registration.mobile()));
        parameters.put("mobile", nationalNumberOf(registration.mobile()));
        parameters.put("sliderToken", sliderToken);
        parameters.put("agreeTerms", "true");
        parameters.put("agreePrivacy", "true");
        parameters.put("agreeAlipay", "true");
        registration.businessLicence().ifPresent(licence -> parameters.put("businessLicence", licence));
        return parameters;
    }

    static String countryCodeOf(MobileNumber mobile) {
        return mobile.e164().substring(0, GatewayCall.callingCodeLength(mobile.e164()));
    }

    static String nationalNumberOf(MobileNumber mobile) {
        return mobile.e164().substring(GatewayCall.callingCodeLength(mobile.e164()));
    }
}
