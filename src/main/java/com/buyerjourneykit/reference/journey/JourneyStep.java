package com.buyerjourneykit.reference.journey;

import java.util.List;

/**
 * The steps of guide sections 1 and 2 a buyer completes, in the guide's order, each with what
 * it waits for (JRN-02). The identifiers are what the REST API and the pages report.
 */
public enum JourneyStep {
    ALIPAY_SMS_CODE("alipay-sms-code", GuideStep.ALIPAY_ACCOUNT),
    ALIPAY_IDENTITY("alipay-identity", GuideStep.ALIPAY_ACCOUNT, ALIPAY_SMS_CODE),
    ALIPAY_ADDRESS("alipay-address", GuideStep.ALIPAY_ACCOUNT, ALIPAY_IDENTITY),
    ALIPAY_PERSONAL_DETAILS("alipay-personal-details", GuideStep.ALIPAY_ACCOUNT, ALIPAY_ADDRESS),
    MEMBER_REGISTRATION("1688-registration", GuideStep.MEMBER_ACCOUNT),
    MEMBER_SMS_CODE("1688-sms-code", GuideStep.MEMBER_ACCOUNT, MEMBER_REGISTRATION),
    MEMBER_ALIPAY_VERIFICATION("1688-alipay-verification", GuideStep.MEMBER_ACCOUNT, MEMBER_SMS_CODE, ALIPAY_PERSONAL_DETAILS);

    private final String id;
    private final GuideStep guideStep;
    private final List<JourneyStep> waitsFor;

    JourneyStep(String id, GuideStep guideStep, JourneyStep... waitsFor) {
        this.id = id;
        this.guideStep = guideStep;
        this.waitsFor = List.of(waitsFor);
    }

    public String id() {
        return id;
    }

    public GuideStep guideStep() {
        return guideStep;
    }

    public List<JourneyStep> waitsFor() {
        return waitsFor;
    }

    public static JourneyStep ofId(String id) {
        for (JourneyStep step : values()) {
            if (step.id.equals(id)) {
                return step;
            }
        }
        throw new IllegalArgumentException("no journey step " + id);
    }
}
