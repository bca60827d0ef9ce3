package com.buyerjourneykit.simulator.alipay;

/**
 * How far a buyer has got with the Alipay personal account, in the order the guide walks it
 * (ALI-02, ALI-04, ALI-05, ALI-06). Each status names the step that reaches it, which is what a
 * call made too early is told is missing.
 */
enum AccountStatus {
    NONE(""),
    CODE_VERIFIED("sms-code"),
    IDENTITY_VERIFIED("identity"),
    ADDRESS_REGISTERED("address"),
    COMPLETED("profile");

    private final String step;

    AccountStatus(String step) {
        this.step = step;
    }

    /** A step may be done (or done again) once the step before it is. */
    boolean mayReach(AccountStatus target) {
        return ordinal() >= target.ordinal() - 1;
    }

    /** The step that takes an account on from here: the first one still to do. */
    String nextStep() {
        return values()[ordinal() + 1].step;
    }

    /** Doing an earlier step again never sets an account back. */
    AccountStatus furthest(AccountStatus other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
