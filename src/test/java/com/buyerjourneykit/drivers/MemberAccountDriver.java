package com.buyerjourneykit.drivers;

/**
 * What a buyer does in guide section 2 ("Register for a 1688 account", "Verify your 1688 account
 * with Alipay personal account"), through some channel.
 */
public interface MemberAccountDriver {

    /** 同意并注册: outcome code-sent (resendInSeconds, validForSeconds) or a refusal. */
    Answer register(String journeyId, RegistrationInput registration);

    /** 重发: outcome code-sent, or resend-too-early (retryAfterSeconds). */
    Answer resendCode(String journeyId);

    /** 提交: outcome member-registered (memberId) or a code refusal. */
    Answer enterCode(String journeyId, String code);

    /** 支付宝账户管理 → 现在去认证: outcome bound-and-verified (status) or a refusal. */
    Answer verifyWithAlipay(String journeyId);

    /** Signing in with a 1688 account the buyer already has: member-linked (verified) or login-failed. */
    Answer signInWithExistingAccount(String journeyId, MemberLoginInput login);
}
