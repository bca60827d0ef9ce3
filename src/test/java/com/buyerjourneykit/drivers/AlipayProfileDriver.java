package com.buyerjourneykit.drivers;

/**
 * Guide section 1 after the SMS code, through some channel: the buyer's profile at Alipay —
 * identity, location and address, personal details.
 */
public interface AlipayProfileDriver {

    /** Outcome identity-verified (fact {@code alipayUserId}), identity-verification-failed, invalid-field or step-not-ready. */
    Answer verifyIdentity(String journeyId, IdentityInput identity);

    /** Outcome address-registered (fact {@code alipayUserId}), invalid-field or step-not-ready. */
    Answer registerAddress(String journeyId, AddressInput address);

    /** Outcome alipay-account-complete (fact {@code alipayUserId}), invalid-field or step-not-ready. */
    Answer completePersonalDetails(String journeyId, PersonalDetailsInput details);
}
