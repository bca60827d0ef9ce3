package com.buyerjourneykit.reference.sections.memberaccount;

/**
 * What 1688 said to 同意并注册 or to 重发: the 校验码 was sent (with its countdown and validity),
 * or why not. {@code seconds} is the resend countdown when sent, the time left when too early.
 */
public record RegistrationOutcome(Result result, String registrationId, long seconds, long validForSeconds) {

    /** Each result's identifier is what the REST API and the pages report. */
    public enum Result {
        CODE_SENT("code-sent"),
        RESEND_TOO_EARLY("resend-too-early"),
        SLIDER_NOT_COMPLETE("slider-not-complete"),
        MEMBER_NAME_TAKEN("member-name-taken"),
        ENTERPRISE_LICENCE_REQUIRED("enterprise-licence-required"),
        REGISTRATION_UNKNOWN("registration-unknown");

        private final String id;

        Result(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public static RegistrationOutcome codeSent(String registrationId, long resendInSeconds, long validForSeconds) {
        return new RegistrationOutcome(Result.CODE_SENT, registrationId, resendInSeconds, validForSeconds);
    }

    public static RegistrationOutcome tooEarly(long retryAfterSeconds) {
        return new RegistrationOutcome(Result.RESEND_TOO_EARLY, null, retryAfterSeconds, 0);
    }

    public static RegistrationOutcome refused(Result result) {
        return new RegistrationOutcome(result, null, 0, 0);
    }

    public boolean isCodeSent() {
        return result == Result.CODE_SENT;
    }
}
