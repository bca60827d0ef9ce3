package com.buyerjourneykit.reference.sections.memberaccount;

import com.buyerjourneykit.reference.web.StepAnswer;
import java.util.Optional;

/** Turns 1688 outcomes into answers; shared by REST and pages so both say the same. */
final class MemberAnswers {
    private MemberAnswers() {
    }

    static StepAnswer of(RegistrationOutcome outcome) {
        switch (outcome.result()) {
            case CODE_SENT:
                return StepAnswer.success(201, "code-sent").with("resendInSeconds", outcome.seconds())
                        .with("validForSeconds", outcome.validForSeconds());
            case RESEND_TOO_EARLY:
                return StepAnswer.refusal(429, "resend-too-early", "a new code can be sent in " + outcome.seconds() + " s")
                        .showing("retryAfterSeconds", outcome.seconds());
            case SLIDER_NOT_COMPLETE:
                return StepAnswer.refusal(422, "slider-not-complete", "drag the slider all the way to the right (拖动到最右边)");
            case MEMBER_NAME_TAKEN:
                return StepAnswer.refusal(422, "member-name-taken", "this member name (会员名) is already registered");
            case ENTERPRISE_LICENCE_REQUIRED:
                return StepAnswer.refusal(422, "enterprise-licence-required",
                        "an enterprise account (企业账户注册) needs a Chinese business licence; international buyers register a personal account");
            default:
                return registrationUnknown();
        }
    }

    static StepAnswer of(MemberCodeCheck check) {
        switch (check.result()) {
            case REGISTERED:
                return StepAnswer.success(200, "member-registered").with("memberId", check.memberId());
            case WRONG_CODE:
                return StepAnswer.refusal(422, "wrong-code", "the code is wrong; " + check.remainingAttempts() + " attempts left")
                        .showing("remainingAttempts", check.remainingAttempts());
            case EXPIRED:
                return StepAnswer.refusal(422, "code-expired", "the code is valid for 15 minutes and has expired; ask for a new one (重发)");
            case LOCKED:
                return StepAnswer.refusal(422, "code-locked", "too many wrong entries locked the code; ask for a new one (重发)");
            case USED:
                return StepAnswer.refusal(422, "code-used", "the code has already been used");
            case MEMBER_NAME_TAKEN:
                return StepAnswer.refusal(422, "member-name-taken", "this member name (会员名) was registered meanwhile");
            default:
                return registrationUnknown();
        }
    }

    static StepAnswer of(AlipayVerification verification) {
        switch (verification.result()) {
            case BOUND_AND_VERIFIED:
                return StepAnswer.success(200, "bound-and-verified").with("status", verification.status());
            case ALIPAY_ACCOUNT_NOT_VERIFIED:
                return StepAnswer.refusal(422, "alipay-account-not-verified",
                        "1688 finds no complete Alipay personal account for this mobile number");
            default:
                return StepAnswer.refusal(422, "member-unknown", "1688 no longer knows this member; sign in or register again");
        }
    }

    static StepAnswer of(Optional<SignedInMember> member) {
        return member.map(signedIn -> StepAnswer.success(200, "member-linked").with("memberId", signedIn.memberId())
                        .with("verified", signedIn.verified()))
                .orElseGet(() -> StepAnswer.refusal(422, "login-failed", "the member name or the password is wrong"));
    }

    private static StepAnswer registrationUnknown() {
        return StepAnswer.refusal(422, "registration-unknown", "1688 has no registration waiting for a code; register again");
    }
}
