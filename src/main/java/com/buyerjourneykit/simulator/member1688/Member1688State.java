package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.buyerjourneykit.simulator.sms.OneTimeCodes;
import java.util.Optional;

/**
 * What the simulated 1688.com remembers: slider challenges, registrations waiting for their
 * 校验码, and members. Other providers never see it; they ask {@code Member1688Status}.
 */
final class Member1688State {
    private final SliderChallenges sliders;
    private final Members members = new Members();
    private final Registrations registrations;

    /** {@code codes} are the 校验码 of registration; the shared core owns and resets them. */
    Member1688State(VirtualClock clock, OneTimeCodes codes) {
        this.sliders = new SliderChallenges(clock);
        this.registrations = new Registrations(sliders, members, codes);
    }

    /** Whether the member (by member id, or by member name in any case) reads 已绑定已认证 (VER-02). */
    boolean isBoundAndVerified(String memberIdOrName) {
        return member(memberIdOrName).map(found -> found.alipay() == AlipayBinding.BOUND_VERIFIED).orElse(false);
    }

    /** The member's id, whether it is named by id or by name; an unknown ID stays as given. */
    String memberIdOf(String memberIdOrName) {
        return member(memberIdOrName).map(Member::memberId).orElse(memberIdOrName);
    }

    private Optional<Member> member(String memberIdOrName) {
        return members.byId(memberIdOrName).or(() -> members.byName(memberIdOrName));
    }

    void forgetAll() {
        registrations.forgetAll();
        members.forgetAll();
        sliders.forgetAll();
    }

    SliderChallenges sliders() {
        return sliders;
    }

    Members members() {
        return members;
    }

    Registrations registrations() {
        return registrations;
    }
}
