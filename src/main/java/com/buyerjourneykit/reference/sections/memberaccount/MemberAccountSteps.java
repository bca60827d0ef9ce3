package com.buyerjourneykit.reference.sections.memberaccount;

import com.buyerjourneykit.reference.journey.GuideStep;
import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.sections.alipayaccount.AlipayAccountSteps;
import java.util.List;

/** Guide section 2's steps, in its order; verifying with Alipay also waits for section 1's last step. */
public final class MemberAccountSteps {
    public static final JourneyStep REGISTRATION = JourneyStep.of("1688-registration", GuideStep.MEMBER_ACCOUNT,
            "1688/registration");
    public static final JourneyStep SMS_CODE = JourneyStep.of("1688-sms-code", GuideStep.MEMBER_ACCOUNT,
            "1688/registration/code-checks", REGISTRATION);
    public static final JourneyStep ALIPAY_VERIFICATION = JourneyStep.of("1688-alipay-verification", GuideStep.MEMBER_ACCOUNT,
            "1688/alipay-verification", SMS_CODE, AlipayAccountSteps.PERSONAL_DETAILS);
    public static final List<JourneyStep> ALL = List.of(REGISTRATION, SMS_CODE, ALIPAY_VERIFICATION);

    private MemberAccountSteps() {
    }
}
