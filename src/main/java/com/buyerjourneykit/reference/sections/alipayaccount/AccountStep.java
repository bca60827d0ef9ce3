package com.buyerjourneykit.reference.sections.alipayaccount;

import com.buyerjourneykit.reference.journey.JourneyStep;
/**
 * What Alipay said to one step of the personal account (identity, address, personal details):
 * done, with the buyer's Alipay user ID; the identity not verified; or an earlier step missing.
 */
public record AccountStep(Result result, String alipayUserId, JourneyStep missingStep) {

    /** How a step ended. */
    public enum Result {
        DONE, IDENTITY_NOT_VERIFIED, OUT_OF_ORDER
    }

    public static AccountStep done(String alipayUserId) {
        return new AccountStep(Result.DONE, alipayUserId, null);
    }

    public static AccountStep identityNotVerified() {
        return new AccountStep(Result.IDENTITY_NOT_VERIFIED, null, null);
    }

    public static AccountStep outOfOrder(JourneyStep missingStep) {
        return new AccountStep(Result.OUT_OF_ORDER, null, missingStep);
    }

    public boolean isDone() {
        return result == Result.DONE;
    }
}
