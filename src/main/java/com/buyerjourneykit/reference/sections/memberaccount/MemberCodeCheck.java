package com.buyerjourneykit.reference.sections.memberaccount;

/** What 1688 said to the 校验码 the buyer submitted (提交): the member it created, or why not. */
public record MemberCodeCheck(Result result, int remainingAttempts, String memberId) {

    /** Each result's identifier is what the REST API and the pages report. */
    public enum Result {
        REGISTERED("member-registered"),
        WRONG_CODE("wrong-code"),
        EXPIRED("code-expired"),
        LOCKED("code-locked"),
        USED("code-used"),
        MEMBER_NAME_TAKEN("member-name-taken"),
        REGISTRATION_UNKNOWN("registration-unknown");

        private final String id;

        Result(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public static MemberCodeCheck registered(String memberId) {
        return new MemberCodeCheck(Result.REGISTERED, 0, memberId);
    }

    public static MemberCodeCheck refused(Result result, int remainingAttempts) {
        return new MemberCodeCheck(result, remainingAttempts, null);
    }

    public boolean isRegistered() {
        return result == Result.REGISTERED;
    }
}
