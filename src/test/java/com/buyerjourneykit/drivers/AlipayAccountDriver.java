package com.buyerjourneykit.drivers;

/**
 * What a buyer does in guide section 1 ("Register an Alipay Personal Account"), through some
 * channel. The reference app has a REST and a browser implementation; a partner adds their own.
 */
public interface AlipayAccountDriver {

    Answer requestCode(String journeyId);

    Answer enterCode(String journeyId, String code);

    /** Outcome identity-verified (fact {@code alipayUserId}), identity-verification-failed, invalid-field or step-not-ready. */
    Answer verifyIdentity(String journeyId, IdentityInput identity);

    /** Outcome address-registered (fact {@code alipayUserId}), invalid-field or step-not-ready. */
    Answer registerAddress(String journeyId, AddressInput address);

    /** Outcome alipay-account-complete (fact {@code alipayUserId}), invalid-field or step-not-ready. */
    Answer completePersonalDetails(String journeyId, PersonalDetailsInput details);
}
