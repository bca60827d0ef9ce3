package com.buyerjourneykit.reference.sections.alipayaccount;

import com.buyerjourneykit.reference.journey.GuideStep;
import com.buyerjourneykit.reference.journey.JourneyStep;
import java.util.List;

/** Guide section 1's steps, in its order; other sections may wait for them (this class is the section's public face). */
public final class AlipayAccountSteps {
    public static final JourneyStep SMS_CODE = JourneyStep.of("alipay-sms-code", GuideStep.ALIPAY_ACCOUNT,
            "alipay/verification-codes");
    public static final JourneyStep IDENTITY = JourneyStep.of("alipay-identity", GuideStep.ALIPAY_ACCOUNT,
            "alipay/identity", SMS_CODE);
    public static final JourneyStep ADDRESS = JourneyStep.of("alipay-address", GuideStep.ALIPAY_ACCOUNT,
            "alipay/address", IDENTITY);
    public static final JourneyStep PERSONAL_DETAILS = JourneyStep.of("alipay-personal-details", GuideStep.ALIPAY_ACCOUNT,
            "alipay/personal-details", ADDRESS);
    public static final List<JourneyStep> ALL = List.of(SMS_CODE, IDENTITY, ADDRESS, PERSONAL_DETAILS);

    private AlipayAccountSteps() {
    }
}
