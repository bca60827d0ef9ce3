package com.buyerjourneykit.simulator.sms;

/** The answer to "here is my code". */
public record CodeVerdict(Outcome outcome, int remainingAttempts) {

    public enum Outcome { ACCEPTED, WRONG, EXPIRED, LOCKED, USED, NOT_REQUESTED }

    static CodeVerdict of(Outcome outcome) {
        return new CodeVerdict(outcome, 0);
    }

    static CodeVerdict wrong(int remainingAttempts) {
        return new CodeVerdict(Outcome.WRONG, remainingAttempts);
    }
}
