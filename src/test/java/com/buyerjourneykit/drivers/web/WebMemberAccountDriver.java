package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.MemberAccountDriver;
import com.buyerjourneykit.drivers.MemberLoginInput;
import com.buyerjourneykit.drivers.RegistrationInput;
import java.util.LinkedHashMap;
import java.util.Map;

/** Guide section 2 in the browser, on the reference pages in the scenario's language; a {@code null} field is left as the page shows it. */
final class WebMemberAccountDriver implements MemberAccountDriver {
    private final JourneyScreens screens;

    WebMemberAccountDriver(JourneyScreens screens) {
        this.screens = screens;
    }

    @Override
    public Answer register(String journeyId, RegistrationInput registration) {
        Map<String, String> fields = new LinkedHashMap<>();
        fill(fields, "accountType", registration.accountType());
        fill(fields, "businessLicence", registration.businessLicence());
        fill(fields, "memberName", registration.memberName());
        fill(fields, "password", registration.password());
        fill(fields, "confirmPassword", registration.confirmPassword());
        fill(fields, "countryCode", registration.countryCode());
        fill(fields, "mobile", registration.mobile());
        fill(fields, "sliderOffset", registration.sliderOffset());
        fill(fields, "agreeTerms", registration.agreeTerms());
        fill(fields, "agreePrivacy", registration.agreePrivacy());
        fill(fields, "agreeAlipay", registration.agreeAlipay());
        return screens.openStep(journeyId, "1688/registration").submit(fields);
    }

    @Override
    public Answer resendCode(String journeyId) {
        return screens.openStep(journeyId, "1688/registration/resend").submit(Map.of());
    }

    @Override
    public Answer enterCode(String journeyId, String code) {
        return screens.openStep(journeyId, "1688/registration/code-checks").submit(Map.of("code", code));
    }

    @Override
    public Answer verifyWithAlipay(String journeyId) {
        return screens.openStep(journeyId, "1688/alipay-verification").submit(Map.of());
    }

    @Override
    public Answer signInWithExistingAccount(String journeyId, MemberLoginInput login) {
        return screens.openStep(journeyId, "1688/existing-account")
                .submit(Map.of("memberName", login.memberName(), "password", login.password()));
    }

    private static void fill(Map<String, String> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, String.valueOf(value));
        }
    }
}
