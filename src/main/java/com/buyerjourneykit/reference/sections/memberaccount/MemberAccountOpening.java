package com.buyerjourneykit.reference.sections.memberaccount;

import com.buyerjourneykit.reference.journey.Inputs;
import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.Journeys;
import com.buyerjourneykit.reference.journey.StepNotReady;
import java.util.Optional;

/**
 * Guide section 2, "Register for a 1688 personal account": the form with its slider (同意并注册),
 * the 校验码 sent by SMS, 重发 after the countdown, and 提交, which creates the member. A journey
 * registers one member: once the code created it, the form and 重发 are closed.
 */
public final class MemberAccountOpening {
    private final MemberAccounts members;
    private final Journeys journeys;

    public MemberAccountOpening(MemberAccounts members, Journeys journeys) {
        this.members = members;
        this.journeys = journeys;
    }

    public RegistrationOutcome register(String journeyId, RegistrationForm form) {
        MemberRegistration registration = MemberInputs.registration(form);
        Journey journey = journeys.requireUnfinished(journeys.readyFor(journeyId, MemberAccountSteps.REGISTRATION),
                MemberAccountSteps.SMS_CODE);
        Optional<String> sliderToken = members.solveSlider(registration.sliderOffset());
        if (sliderToken.isEmpty()) {
            return RegistrationOutcome.refused(RegistrationOutcome.Result.SLIDER_NOT_COMPLETE);
        }
        RegistrationOutcome outcome = members.register(registration, sliderToken.get());
        if (outcome.isCodeSent()) {
            journeys.finish(journey, MemberAccountSteps.REGISTRATION, outcome.registrationId());
        }
        return outcome;
    }

    public RegistrationOutcome resendCode(String journeyId) {
        Journey journey = journeys.requireUnfinished(journeys.readyFor(journeyId, MemberAccountSteps.SMS_CODE),
                MemberAccountSteps.SMS_CODE);
        return members.resendCode(registrationIdOf(journey));
    }

    /** A code entered again after it created the member goes to 1688 all the same, which says it was used. */
    public MemberCodeCheck enterCode(String journeyId, String code) {
        String checked = Inputs.sixDigitCode(code);
        Journey journey = journeys.readyFor(journeyId, MemberAccountSteps.SMS_CODE);
        MemberCodeCheck check = members.confirm(registrationIdOf(journey), checked);
        if (check.isRegistered()) {
            journeys.finish(journey, MemberAccountSteps.SMS_CODE, check.memberId());
        }
        return check;
    }

    private static String registrationIdOf(Journey journey) {
        return journey.referenceOf(MemberAccountSteps.REGISTRATION)
                .orElseThrow(() -> new StepNotReady(MemberAccountSteps.SMS_CODE, MemberAccountSteps.REGISTRATION));
    }
}
