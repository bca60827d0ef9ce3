package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.JourneyDriver;
import com.buyerjourneykit.drivers.MemberAccountDriver;
import com.buyerjourneykit.drivers.MemberLoginInput;

/**
 * The end of guide section 2, "Verify your 1688 account with Alipay personal account"
 * (支付宝账户管理 → 现在去认证, until 已绑定已认证), and a buyer who signs in with a 1688 account
 * they already have, skipping the Alipay step when it is already verified (JRN-03).
 */
public final class MemberVerificationDsl {
    static final String BOUND_AND_VERIFIED = "已绑定已认证";
    private final JourneyContext journey;
    private final MemberNameAliases names;
    private final OutcomesDsl outcomes;

    public MemberVerificationDsl(JourneyContext journey, MemberNameAliases names, OutcomesDsl outcomes) {
        this.journey = journey;
        this.names = names;
        this.outcomes = outcomes;
    }

    public void verifyWithAlipay() {
        journey.remember(driver().verifyWithAlipay(buyersJourney()));
    }

    public void signInWithExistingAccount() {
        signIn(RegistrationDraft.PASSWORD);
    }

    public void signInWithAWrongPassword() {
        signIn(RegistrationDraft.PASSWORD + "-wrong");
    }

    public void assertBoundAndVerified() {
        Answer answer = outcomes.assertOutcome("bound-and-verified");
        assertThat(answer.fact("status")).as("the status 1688 shows").isEqualTo(BOUND_AND_VERIFIED);
    }

    public void assertLinked(boolean verified) {
        Answer answer = outcomes.assertOutcome("member-linked");
        assertThat(answer.fact("verified")).as("whether 1688 shows the account verified").isEqualTo(String.valueOf(verified));
    }

    public void assertSignInRefused() {
        outcomes.assertOutcome("login-failed");
    }

    /** Reads the journey's progress as the buyer sees it: each guide step done, skipped or to do. */
    public void assertJourneyShows(String alipayAccount, String memberAccount) {
        Answer progress = journey.remember(journey.driver(JourneyDriver.class).progress(buyersJourney()));
        assertThat(progress.fact("alipay-account") + " / " + progress.fact("1688-account"))
                .as("Alipay account / 1688 account in the journey (%s)", progress)
                .isEqualTo(alipayAccount + " / " + memberAccount);
    }

    private void signIn(String password) {
        MemberLoginInput login = new MemberLoginInput(names.nameOf(BuyersDsl.BUYER), password);
        journey.remember(driver().signInWithExistingAccount(buyersJourney(), login));
    }

    private String buyersJourney() {
        return journey.journeys().of(BuyersDsl.BUYER);
    }

    private MemberAccountDriver driver() {
        return journey.driver(MemberAccountDriver.class);
    }
}
