package com.buyerjourneykit.reference.journey;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A buyer who already has a 1688 account signs in with it instead of registering. When 1688
 * shows it bound and verified with Alipay, section 2 is done and section 1 is skipped (JRN-03:
 * "if 1688 account is already verified you may skip this"); Alipay steps already done stay done.
 */
public final class ExistingMemberAccount {
    private final MemberAccounts members;
    private final Journeys journeys;

    public ExistingMemberAccount(MemberAccounts members, Journeys journeys) {
        this.members = members;
        this.journeys = journeys;
    }

    public Optional<SignedInMember> link(String journeyId, String memberName, String password) {
        MemberLogin login = MemberInputs.login(memberName, password);
        Journey journey = journeys.requireUnfinished(journeys.find(journeyId), JourneyStep.MEMBER_SMS_CODE);
        Optional<SignedInMember> member = members.signIn(login);
        member.ifPresent(signedIn -> journeys.record(journey, stepsFor(journey, signedIn)));
        return member;
    }

    private static Map<JourneyStep, Journey.StepRecord> stepsFor(Journey journey, SignedInMember member) {
        Map<JourneyStep, Journey.StepRecord> steps = new EnumMap<>(JourneyStep.class);
        Journey.StepRecord done = new Journey.StepRecord(StepStatus.DONE, member.memberId());
        steps.put(JourneyStep.MEMBER_REGISTRATION, done);
        steps.put(JourneyStep.MEMBER_SMS_CODE, done);
        if (member.verified()) {
            steps.put(JourneyStep.MEMBER_ALIPAY_VERIFICATION, done);
            for (JourneyStep step : JourneyStep.values()) {
                if (step.guideStep() == GuideStep.ALIPAY_ACCOUNT && !journey.isFinished(step)) {
                    steps.put(step, new Journey.StepRecord(StepStatus.SKIPPED, null));
                }
            }
        }
        return steps;
    }
}
