package com.buyerjourneykit.reference.sections.memberaccount;

import com.buyerjourneykit.reference.journey.GuideStep;
import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.journey.Journeys;
import com.buyerjourneykit.reference.journey.StepStatus;
import java.util.LinkedHashMap;
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
        Journey journey = journeys.requireUnfinished(journeys.find(journeyId), MemberAccountSteps.SMS_CODE);
        Optional<SignedInMember> member = members.signIn(login);
        member.ifPresent(signedIn -> journeys.record(journey, stepsFor(journey, signedIn)));
        return member;
    }

    private Map<JourneyStep, Journey.StepRecord> stepsFor(Journey journey, SignedInMember member) {
        Map<JourneyStep, Journey.StepRecord> steps = new LinkedHashMap<>();
        Journey.StepRecord done = new Journey.StepRecord(StepStatus.DONE, member.memberId());
        steps.put(MemberAccountSteps.REGISTRATION, done);
        steps.put(MemberAccountSteps.SMS_CODE, done);
        if (member.verified()) {
            steps.put(MemberAccountSteps.ALIPAY_VERIFICATION, done);
            for (JourneyStep step : journeys.stepsOf(GuideStep.ALIPAY_ACCOUNT)) {
                if (!journey.isFinished(step)) {
                    steps.put(step, new Journey.StepRecord(StepStatus.SKIPPED, null));
                }
            }
        }
        return steps;
    }
}
