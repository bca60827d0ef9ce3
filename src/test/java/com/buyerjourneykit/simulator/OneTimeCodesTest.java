package com.buyerjourneykit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.buyerjourneykit.simulator.sms.CodeIssue;
import com.buyerjourneykit.simulator.sms.CodeRules;
import com.buyerjourneykit.simulator.sms.CodeVerdict.Outcome;
import com.buyerjourneykit.simulator.sms.OneTimeCodes;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The code rules of ALI-03 and ALI-07, on the virtual clock. */
class OneTimeCodesTest {
    private static final String PHONE = "+60123456789";
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final OneTimeCodes codes = new OneTimeCodes(CodeRules.alipayPersonalAccount(), clock);

    @Test
    void theFifthWrongEntryLeavesNoAttemptsAndTheSixthFindsTheCodeLocked() {
        String code = codes.issue(PHONE).code();
        for (int left = 4; left >= 0; left--) {
            assertThat(codes.check(PHONE, wrong(code)).remainingAttempts()).isEqualTo(left);
        }
        assertThat(codes.check(PHONE, code).outcome()).isEqualTo(Outcome.LOCKED);
    }

    @Test
    void aResendReplacesThePreviousCodeOnlyAfterTheCountdown() {
        String first = codes.issue(PHONE).code();
        clock.advanceFor(PHONE, Duration.ofSeconds(59));
        CodeIssue early = codes.issue(PHONE);
        assertThat(early.sent()).isFalse();
        assertThat(early.resendInSeconds()).isEqualTo(1);

        clock.advanceFor(PHONE, Duration.ofSeconds(1));
        String second = codes.issue(PHONE).code();
        assumeFalse(first.equals(second), "the two random codes happen to be equal (one run in a million)");
        assertThat(codes.check(PHONE, first).outcome()).isEqualTo(Outcome.WRONG);
        assertThat(codes.check(PHONE, second).outcome()).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void aCodeIsValidUntilTheLastSecondOfItsFiveMinutes() {
        String code = codes.issue(PHONE).code();
        clock.advanceFor(PHONE, Duration.ofSeconds(299));
        assertThat(codes.check(PHONE, code).outcome()).isEqualTo(Outcome.ACCEPTED);

        String next = issueAfterCountdown();
        clock.advanceFor(PHONE, Duration.ofSeconds(300));
        assertThat(codes.check(PHONE, next).outcome()).isEqualTo(Outcome.EXPIRED);
    }

    @Test
    void timeMovedForOneBuyerDoesNotAgeAnother() {
        String other = "+60123456780";
        String code = codes.issue(other).code();
        clock.advanceFor(PHONE, Duration.ofMinutes(10));
        assertThat(codes.check(other, code).outcome()).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void aPhoneThatWasSentNothingHasNoCode() {
        assertThat(codes.check(PHONE, "123456").outcome()).isEqualTo(Outcome.NOT_REQUESTED);
    }

    private String issueAfterCountdown() {
        clock.advanceFor(PHONE, Duration.ofSeconds(60));
        return codes.issue(PHONE).code();
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }
}
