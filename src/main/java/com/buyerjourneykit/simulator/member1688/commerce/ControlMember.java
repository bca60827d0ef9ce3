package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.InvalidControlField;

/** The member a commerce control call names: {@code memberId}, which must exist. */
final class ControlMember {
    private ControlMember() {
    }

    static String of(ControlBody body, CommerceState state) {
        String memberId = body.text("memberId");
        try {
            return state.buyer(memberId).memberId();
        } catch (RuntimeException unknown) {
            throw new InvalidControlField("memberId", "known-member", "memberId names no 1688 member");
        }
    }
}
