package com.buyerjourneykit.reference.sections.alipayaccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.buyerjourneykit.reference.journey.GuideStep;
import com.buyerjourneykit.reference.journey.InMemoryJourneyStore;
import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.journey.Journeys;
import com.buyerjourneykit.reference.journey.Progress;
import com.buyerjourneykit.reference.journey.StepNotReady;
import com.buyerjourneykit.reference.journey.StepStatus;
import com.buyerjourneykit.reference.sections.GuideSections;
import com.buyerjourneykit.reference.sections.memberaccount.MemberAccountSteps;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rest of guide section 1: each step waits for the one before, and only a step Alipay finished is recorded. */
class AlipayAccountCompletionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);
    private static final String USER_ID = "2088123456789012";
    private final InMemoryJourneyStore store = new InMemoryJourneyStore();
    private final Journeys journeys = new Journeys(store, GuideSections.steps());
    private final ScriptedAlipay alipay = new ScriptedAlipay();
    private final AlipayAccountCompletion completion = new AlipayAccountCompletion(alipay, journeys,
            Clock.fixed(Instant.parse("2026-01-05T01:00:00Z"), ZoneOffset.UTC));
    private String journeyId;

    @BeforeEach
    void startJourney() {
        journeyId = journeys.start("+60", "123456789").journey().id();
    }

    @Test
    void aVerifiedIdentityIsRecordedWithTheAlipayUserId() {
        finish(AlipayAccountSteps.SMS_CODE);
        alipay.answers(AccountStep.done(USER_ID));

        assertThat(completion.verifyIdentity(journeyId, identity()).isDone()).isTrue();
        assertThat(journeys.find(journeyId).referenceOf(AlipayAccountSteps.IDENTITY)).contains(USER_ID);
    }

    @Test
    void anIdentityAlipayCouldNotVerifyRecordsNothing() {
        finish(AlipayAccountSteps.SMS_CODE);
        int writesBefore = store.writes();
        alipay.answers(AccountStep.identityNotVerified());

        assertThat(completion.verifyIdentity(journeyId, identity()).result()).isEqualTo(AccountStep.Result.IDENTITY_NOT_VERIFIED);
        assertThat(store.writes()).isEqualTo(writesBefore);
        assertThat(journeys.find(journeyId).isFinished(AlipayAccountSteps.IDENTITY)).isFalse();
    }

    @Test
    void theIdentityWaitsForTheSmsCodeAndAlipayIsNotAsked() {
        assertThatThrownBy(() -> completion.verifyIdentity(journeyId, identity()))
                .isInstanceOfSatisfying(StepNotReady.class, refusal -> assertThat(refusal.missing()).isEqualTo(AlipayAccountSteps.SMS_CODE));
        assertThat(alipay.asked()).isEmpty();
    }

    @Test
    void theAddressWaitsForTheIdentity() {
        finish(AlipayAccountSteps.SMS_CODE);
        assertThatThrownBy(() -> completion.registerAddress(journeyId, address()))
                .isInstanceOfSatisfying(StepNotReady.class, refusal -> assertThat(refusal.missing()).isEqualTo(AlipayAccountSteps.IDENTITY));
    }

    @Test
    void personalDetailsAskedFirstNameTheEarliestMissingStep() {
        assertThatThrownBy(() -> completion.completePersonalDetails(journeyId, details()))
                .isInstanceOfSatisfying(StepNotReady.class, refusal -> assertThat(refusal.missing()).isEqualTo(AlipayAccountSteps.SMS_CODE));
        assertThat(store.writes()).isZero();
    }

    @Test
    void alipayNamingAMissingStepIsTheSameRefusalAndRecordsNothing() {
        finish(AlipayAccountSteps.SMS_CODE);
        int writesBefore = store.writes();
        alipay.answers(AccountStep.outOfOrder(AlipayAccountSteps.SMS_CODE));

        assertThatThrownBy(() -> completion.verifyIdentity(journeyId, identity()))
                .isInstanceOfSatisfying(StepNotReady.class, refusal -> assertThat(refusal.missing()).isEqualTo(AlipayAccountSteps.SMS_CODE));
        assertThat(store.writes()).isEqualTo(writesBefore);
    }

    @Test
    void theThreeStepsCompleteTheAlipayAccountAndTheJourneyMovesOnToThe1688Account() {
        finish(AlipayAccountSteps.SMS_CODE);
        completion.verifyIdentity(journeyId, identity());
        completion.registerAddress(journeyId, address());
        completion.completePersonalDetails(journeyId, details());

        Progress progress = journeys.progress(journeys.find(journeyId));
        assertThat(progress.guideSteps().get(GuideStep.ALIPAY_ACCOUNT)).isEqualTo(StepStatus.DONE);
        assertThat(progress.next()).contains(MemberAccountSteps.REGISTRATION);
        assertThat(alipay.asked()).containsExactly("identity", "address", "personal-details");
    }

    @Test
    void todayComesFromTheClock() {
        assertThat(completion.today()).isEqualTo(TODAY);
    }

    private void finish(JourneyStep step) {
        journeys.finish(journeys.find(journeyId), step, null);
    }

    private static IdentityDocument identity() {
        return IdentityDocument.of("PASSPORT", "A12345678", "Nur Aisyah", "MY", "1990-04-12", TODAY);
    }

    private static HomeAddress address() {
        return HomeAddress.of("MY", "Selangor", "Petaling Jaya", "12 Jalan SS 2/24", "47300");
    }

    private static PersonalDetails details() {
        return PersonalDetails.of("Online retailer", "buyer@example.com");
    }
}
