package com.buyerjourneykit.simulator.sms;

import com.buyerjourneykit.simulator.clock.VirtualClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The codes one provider sends for one purpose, keyed by the buyer's E.164 number. A code is
 * bound to its number, used once, expires, and locks after too many wrong entries; a resend
 * replaces the previous code. Each key is updated atomically, so parallel buyers never meet.
 */
public final class OneTimeCodes {
    private final CodeRules rules;
    private final VirtualClock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, CodeState> byPhone = new ConcurrentHashMap<>();

    public OneTimeCodes(CodeRules rules, VirtualClock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    public CodeRules rules() {
        return rules;
    }

    public CodeIssue issue(String phone) {
        CodeIssue[] answer = new CodeIssue[1];
        byPhone.compute(phone, (key, previous) -> {
            Instant now = clock.nowFor(phone);
            long secondsLeft = previous == null ? 0 : secondsUntilResend(previous, now);
            if (secondsLeft > 0) {
                answer[0] = CodeIssue.tooEarly(secondsLeft);
                return previous;
            }
            CodeState fresh = new CodeState(newCode(), now, 0, false);
            answer[0] = CodeIssue.sent(fresh.code(), rules);
            return fresh;
        });
        return answer[0];
    }

    public CodeVerdict check(String phone, String code) {
        CodeVerdict[] answer = new CodeVerdict[1];
        byPhone.computeIfPresent(phone, (key, state) -> {
            answer[0] = judge(state, code, clock.nowFor(phone));
            return next(state, answer[0]);
        });
        return answer[0] == null ? CodeVerdict.of(CodeVerdict.Outcome.NOT_REQUESTED) : answer[0];
    }

    public void forgetAll() {
        byPhone.clear();
    }

    private CodeVerdict judge(CodeState state, String code, Instant now) {
        if (state.used()) {
            return CodeVerdict.of(CodeVerdict.Outcome.USED);
        }
        if (state.wrongAttempts() >= rules.maxWrongAttempts()) {
            return CodeVerdict.of(CodeVerdict.Outcome.LOCKED);
        }
        if (!now.isBefore(state.issuedAt().plus(rules.validity()))) {
            return CodeVerdict.of(CodeVerdict.Outcome.EXPIRED);
        }
        if (state.code().equals(code)) {
            return CodeVerdict.of(CodeVerdict.Outcome.ACCEPTED);
        }
        return CodeVerdict.wrong(rules.maxWrongAttempts() - state.wrongAttempts() - 1);
    }

    private static CodeState next(CodeState state, CodeVerdict verdict) {
        switch (verdict.outcome()) {
            case ACCEPTED:
                return state.asUsed();
            case WRONG:
                return state.withWrongAttempt();
            default:
                return state;
        }
    }

    private long secondsUntilResend(CodeState previous, Instant now) {
        Duration left = Duration.between(now, previous.issuedAt().plus(rules.resendCooldown()));
        return left.isNegative() ? 0 : left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(rules.digits());
        for (int digit = 0; digit < rules.digits(); digit++) {
            code.append(random.nextInt(10));
        }
        return code.toString();
    }
}
