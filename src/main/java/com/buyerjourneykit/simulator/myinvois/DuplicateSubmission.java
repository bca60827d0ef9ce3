package com.buyerjourneykit.simulator.myinvois;

/** The same submission again within the window: 422 DuplicateSubmission, with the seconds to wait. */
final class DuplicateSubmission extends RuntimeException {
    private final long retryAfterSeconds;

    DuplicateSubmission(long retryAfterSeconds) {
        super("The same submission was received less than 10 minutes ago", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
