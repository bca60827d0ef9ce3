package com.buyerjourneykit.simulator.sms;

import java.time.Instant;

/** One issued code and what has happened to it; replaced, never mutated. */
record CodeState(String code, Instant issuedAt, int wrongAttempts, boolean used) {

    CodeState withWrongAttempt() {
        return new CodeState(code, issuedAt, wrongAttempts + 1, used);
    }

    CodeState asUsed() {
        return new CodeState(code, issuedAt, wrongAttempts, true);
    }
}
