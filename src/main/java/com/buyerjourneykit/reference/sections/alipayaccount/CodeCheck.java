package com.buyerjourneykit.reference.sections.alipayaccount;

/** What the provider said to the code the buyer entered. */
public record CodeCheck(Result result, int remainingAttempts) {

    /** Each result's identifier is what the REST API and the pages report. */
    public enum Result {
        ACCEPTED("accepted"),
        WRONG_CODE("wrong-code"),
        EXPIRED("code-expired"),
        LOCKED("code-locked"),
        USED("code-used"),
        NOT_REQUESTED("no-code-requested");

        private final String id;

        Result(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public static CodeCheck of(Result result) {
        return new CodeCheck(result, 0);
    }
}
