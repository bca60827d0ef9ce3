package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.MemberAccountDriver;
import java.util.List;

/**
 * Guide section 2, "Register for a 1688 personal account", in the journey's own words: the buyer
 * fills in the form (valid unless the scenario changes one field), receives the 校验码 by SMS,
 * asks for it again, submits it. Knows no HTTP and no browser; the channel's driver does.
 */
public final class MemberRegistrationDsl {
    static final String PROVIDER = "1688";
    private final JourneyContext journey;
    private final SmsInboxDsl inbox;
    private final MemberNameAliases names;
    private final OutcomesDsl outcomes;

    public MemberRegistrationDsl(JourneyContext journey, SmsInboxDsl inbox, MemberNameAliases names, OutcomesDsl outcomes) {
        this.journey = journey;
        this.inbox = inbox;
        this.names = names;
        this.outcomes = outcomes;
    }

    public void register() {
        register(draft());
    }

    public void requireCodeSent() {
        register();
        outcomes.assertOutcome("code-sent");
    }

    public void requireRegistered() {
        requireCodeSent();
        enterReceivedCode();
        assertRegistered();
    }

    public void registerWithMemberNameOfLength(int length) {
        register(draft().memberName(names.ofLength(length)));
    }

    public void registerWithMemberName(String alias) {
        register(draft().memberName(names.nameOf(alias)));
    }

    public void registerWithPassword(String password) {
        register(draft().password(password));
    }

    public void registerConfirmingADifferentPassword() {
        register(draft().confirmPassword(RegistrationDraft.PASSWORD + "x"));
    }

    public void registerWithMobile(String countryCode, String mobile) {
        register(draft().mobile(countryCode, mobile));
    }

    public void registerWithout(String consent) {
        register(draft().without(consent));
    }

    public void registerWithoutTouchingTheSlider() {
        register(draft().slider(null));
    }

    public void registerDraggingTheSliderTo(int offset) {
        register(draft().slider(offset));
    }

    public void registerEnterprise(String businessLicence) {
        register(draft().enterprise(businessLicence));
    }

    public void resendCode() {
        journey.remember(driver().resendCode(buyersJourney()));
    }

    public void enterReceivedCode() {
        enterCode(inbox.latestCodeFrom(PROVIDER, buyer()));
    }

    public void enterWrongCode() {
        String right = inbox.latestCodeFrom(PROVIDER, buyer());
        enterCode(String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000));
    }

    public void enterPreviousCode() {
        List<String> codes = inbox.codesFrom(PROVIDER, buyer());
        assertThat(codes).as("1688 codes sent to the buyer").hasSizeGreaterThanOrEqualTo(2);
        enterCode(codes.get(codes.size() - 2));
    }

    public void enterCode(String code) {
        journey.remember(driver().enterCode(buyersJourney(), code));
    }

    public void assertCodeSent(int validMinutes) {
        Answer answer = outcomes.assertOutcome("code-sent");
        assertThat(answer.fact("validForSeconds")).as("seconds the code is valid").isEqualTo(String.valueOf(validMinutes * 60));
        assertThat(inbox.codesFrom(PROVIDER, buyer())).as("1688 codes sent to the buyer by SMS").isNotEmpty();
    }

    public void assertNewCodeArrived() {
        outcomes.assertOutcome("code-sent");
        assertThat(inbox.codesFrom(PROVIDER, buyer())).as("1688 codes sent to the buyer by SMS").hasSizeGreaterThanOrEqualTo(2);
    }

    public void assertRegistered() {
        Answer answer = outcomes.assertOutcome("member-registered");
        assertThat(answer.fact("memberId")).as("the new member's ID").matches("b2b-\\d{10}");
    }

    /** {@code member-name-taken}, {@code slider-not-complete} or {@code enterprise-licence-required}. */
    public void assertRefusedAs(String refusal) {
        outcomes.assertOutcome(refusal);
    }

    private void register(RegistrationDraft draft) {
        journey.remember(driver().register(buyersJourney(), draft.input()));
    }

    private RegistrationDraft draft() {
        return RegistrationDraft.validFor(buyer(), names.nameOf(BuyersDsl.BUYER));
    }

    private ScenarioBuyer buyer() {
        return journey.buyer(BuyersDsl.BUYER);
    }

    private String buyersJourney() {
        return journey.journeys().of(BuyersDsl.BUYER);
    }

    private MemberAccountDriver driver() {
        return journey.driver(MemberAccountDriver.class);
    }
}
