package com.buyerjourneykit.simulator.alipay;

/** The answer to "record this step": the account as it now stands, or the step that must come first. */
record AccountAdvance(PersonalAccount account, String missingStep) {

    static AccountAdvance done(PersonalAccount account) {
        return new AccountAdvance(account, null);
    }

    static AccountAdvance outOfOrder(String missingStep) {
        return new AccountAdvance(null, missingStep);
    }

    boolean refused() {
        return missingStep != null;
    }
}
