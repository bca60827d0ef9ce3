package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.JourneyStep;
import java.util.EnumMap;
import java.util.Map;

/** Where each journey step lives, under {@code /<lang>/journeys/<id>/} and {@code /api/v1/journeys/<id>/}. */
final class StepPaths {
    private static final Map<JourneyStep, String> PATHS = new EnumMap<>(Map.of(
            JourneyStep.ALIPAY_SMS_CODE, "alipay/verification-codes",
            JourneyStep.ALIPAY_IDENTITY, "alipay/identity",
            JourneyStep.ALIPAY_ADDRESS, "alipay/address",
            JourneyStep.ALIPAY_PERSONAL_DETAILS, "alipay/personal-details",
            JourneyStep.MEMBER_REGISTRATION, "1688/registration",
            JourneyStep.MEMBER_SMS_CODE, "1688/registration/code-checks",
            JourneyStep.MEMBER_ALIPAY_VERIFICATION, "1688/alipay-verification"));

    private StepPaths() {
    }

    static String of(JourneyStep step) {
        return PATHS.get(step);
    }
}
