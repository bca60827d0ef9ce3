package com.buyerjourneykit.simulator.member1688;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.buyerjourneykit.simulator.sms.CodeRules;
import com.buyerjourneykit.simulator.sms.OneTimeCodes;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What other providers (WorldFirst) may read of 1688: is this member bound and verified through Alipay? */
class Member1688StateTest {
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final Member1688State state = new Member1688State(clock, new OneTimeCodes(CodeRules.member1688(), clock));

    @Test
    void answersByMemberIdOrByMemberNameInAnyCase() {
        Member member = state.members().add("VerifiedBuyer", "+60124799001", PasswordHash.of("Secret-2026"), AlipayBinding.UNBOUND);
        assertThat(state.isBoundAndVerified(member.memberId())).isFalse();

        state.members().markBoundAndVerified(member.memberId());
        assertThat(state.isBoundAndVerified(member.memberId())).isTrue();
        assertThat(state.isBoundAndVerified("verifiedbuyer")).isTrue();
    }

    @Test
    void anUnknownMemberIsNotVerifiedAndResetForgetsEveryone() {
        Member member = state.members().add("ForgottenBuyer", "+60124799002", PasswordHash.of("Secret-2026"),
                AlipayBinding.BOUND_VERIFIED);
        assertThat(state.isBoundAndVerified("nobody-at-all")).isFalse();

        state.forgetAll();
        assertThat(state.isBoundAndVerified(member.memberId())).isFalse();
        assertThat(state.members().isNameTaken("ForgottenBuyer")).isFalse();
    }
}
