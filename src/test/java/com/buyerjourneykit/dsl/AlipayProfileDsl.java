package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.drivers.AddressInput;
import com.buyerjourneykit.drivers.AlipayProfileDriver;
import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.IdentityInput;
import com.buyerjourneykit.drivers.PersonalDetailsInput;
import java.util.Map;

/**
 * Guide section 1 after the SMS code, the buyer's profile at Alipay: the buyer verifies their identity,
 * registers their location and address and completes their personal details. Every form starts
 * filled with valid data; a scenario names only the field it is about.
 */
public final class AlipayProfileDsl {
    private static final Map<String, String> VALID_IDENTITY = Map.of("documentType", "PASSPORT",
            "documentNumber", "A12345678", "fullName", "Nur Aisyah binti Rahman", "nationality", "MY",
            "dateOfBirth", "1990-04-12");
    private static final Map<String, String> VALID_ADDRESS = Map.of("country", "MY", "region", "Selangor",
            "city", "Petaling Jaya", "addressLine", "12 Jalan SS 2/24", "postalCode", "47300");
    private static final Map<String, String> VALID_DETAILS = Map.of("occupation", "Online retailer",
            "email", "buyer@example.com");
    private static final String ALIPAY_USER_ID = "2088\\d{12}";
    private final JourneyContext journey;
    private final AlipayCodeDsl code;
    private final OutcomesDsl outcomes;

    public AlipayProfileDsl(JourneyContext journey, AlipayCodeDsl code, OutcomesDsl outcomes) {
        this.journey = journey;
        this.code = code;
        this.outcomes = outcomes;
    }

    /** The SMS code step, done: a code is asked for and the one received is entered. */
    public void requireMobileConfirmed() {
        code.requireCodeSent(BuyersDsl.BUYER);
        code.requireReceivedCodeAccepted();
    }

    public void verifyIdentity() {
        verifyIdentity(FormDefaults.defaults(VALID_IDENTITY));
    }

    public void verifyIdentityWith(String field, String value) {
        verifyIdentity(FormDefaults.defaults(VALID_IDENTITY).with(field, value));
    }

    private void verifyIdentity(FormDefaults form) {
        journey.remember(driver().verifyIdentity(journeyId(), new IdentityInput(form.get("documentType"),
                form.get("documentNumber"), form.get("fullName"), form.get("nationality"), form.get("dateOfBirth"))));
    }

    public void requireIdentityVerified() {
        verifyIdentity();
        assertIdentityVerified();
    }

    public void registerAddress() {
        registerAddress(FormDefaults.defaults(VALID_ADDRESS));
    }

    public void registerAddressWith(String field, String value) {
        registerAddress(FormDefaults.defaults(VALID_ADDRESS).with(field, value));
    }

    private void registerAddress(FormDefaults form) {
        journey.remember(driver().registerAddress(journeyId(), new AddressInput(form.get("country"), form.get("region"),
                form.get("city"), form.get("addressLine"), form.get("postalCode"))));
    }

    public void requireAddressRegistered() {
        registerAddress();
        assertAddressRegistered();
    }

    public void completePersonalDetails() {
        completePersonalDetails(FormDefaults.defaults(VALID_DETAILS));
    }

    public void completePersonalDetailsWith(String field, String value) {
        completePersonalDetails(FormDefaults.defaults(VALID_DETAILS).with(field, value));
    }

    private void completePersonalDetails(FormDefaults form) {
        journey.remember(driver().completePersonalDetails(journeyId(),
                new PersonalDetailsInput(form.get("occupation"), form.get("email"))));
    }

    /** The whole of guide section 1 through the system under test: code, identity, address, personal details. */
    public void requireAccountComplete() {
        requireMobileConfirmed();
        requireIdentityVerified();
        requireAddressRegistered();
        completePersonalDetails();
        assertAccountComplete();
    }

    public void assertIdentityVerified() {
        assertDoneWithAlipayUserId("identity-verified");
    }

    public void assertIdentityNotVerified() {
        outcomes.assertOutcome("identity-verification-failed");
    }

    public void assertAddressRegistered() {
        assertDoneWithAlipayUserId("address-registered");
    }

    public void assertAccountComplete() {
        assertDoneWithAlipayUserId("alipay-account-complete");
    }

    private void assertDoneWithAlipayUserId(String outcome) {
        Answer answer = outcomes.assertOutcome(outcome);
        assertThat(answer.fact("alipayUserId")).as("the buyer's Alipay user ID").matches(ALIPAY_USER_ID);
    }

    private String journeyId() {
        return journey.journeys().of(BuyersDsl.BUYER);
    }

    private AlipayProfileDriver driver() {
        return journey.driver(AlipayProfileDriver.class);
    }
}
