package com.buyerjourneykit.reference.sections.memberaccount;

import com.buyerjourneykit.reference.journey.GuideStep;
import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.journey.Journeys;
import com.buyerjourneykit.reference.journey.StepNotReady;
import com.buyerjourneykit.reference.journey.StepStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * "Verify your 1688 account with Alipay personal account": 支付宝账户管理 → 现在去认证, until the
 * status reads 已绑定已认证 (VER-01, VER-02). It needs the 1688 member and a complete Alipay
 * personal account (JRN-02). A buyer may have opened that Alipay account outside this app: when
 * the journey has not seen it, 1688 is asked all the same, and its answer decides; on success the
 * journey records the Alipay steps as done, else the buyer is sent to the first of them.
 */
public final class MemberAlipayVerification {
    private final MemberAccounts members;
    private final Journeys journeys;

    public MemberAlipayVerification(MemberAccounts members, Journeys journeys) {
        this.members = members;
        this.journeys = journeys;
    }

    public AlipayVerification verify(String journeyId) {
        Optional<StepNotReady> alipayUnfinished = alipayStepsUnfinished(journeyId);
        Journey journey = journeys.find(journeyId);
        String memberId = journey.referenceOf(MemberAccountSteps.SMS_CODE)
                .orElseThrow(() -> new StepNotReady(MemberAccountSteps.ALIPAY_VERIFICATION, MemberAccountSteps.SMS_CODE));
        AlipayVerification verification = members.verifyWithAlipay(memberId, journey.mobile());
        if (verification.isBoundAndVerified()) {
            journeys.record(journey, stepsFor(journey, memberId));
        } else if (verification.result() == AlipayVerification.Result.ALIPAY_ACCOUNT_NOT_VERIFIED && alipayUnfinished.isPresent()) {
            throw alipayUnfinished.get();
        }
        return verification;
    }

    /** Refuses when the 1688 member is missing; tells, without refusing yet, when the Alipay steps are. */
    private Optional<StepNotReady> alipayStepsUnfinished(String journeyId) {
        try {
            journeys.readyFor(journeyId, MemberAccountSteps.ALIPAY_VERIFICATION);
            return Optional.empty();
        } catch (StepNotReady notReady) {
            if (notReady.missing().guideStep() != GuideStep.ALIPAY_ACCOUNT) {
                throw notReady;
            }
            return Optional.of(notReady);
        }
    }

    private static Map<JourneyStep, Journey.StepRecord> stepsFor(Journey journey, String memberId) {
        Map<JourneyStep, Journey.StepRecord> steps = new LinkedHashMap<>();
        steps.put(MemberAccountSteps.ALIPAY_VERIFICATION, new Journey.StepRecord(StepStatus.DONE, memberId));
        for (JourneyStep step : MemberAccountSteps.ALIPAY_VERIFICATION.waitsFor()) {
            addUnfinishedChain(journey, step, steps);
        }
        return steps;
    }

    private static void addUnfinishedChain(Journey journey, JourneyStep step, Map<JourneyStep, Journey.StepRecord> steps) {
        if (journey.isFinished(step)) {
            return;
        }
        steps.put(step, new Journey.StepRecord(StepStatus.DONE, null));
        step.waitsFor().forEach(before -> addUnfinishedChain(journey, before, steps));
    }
}
