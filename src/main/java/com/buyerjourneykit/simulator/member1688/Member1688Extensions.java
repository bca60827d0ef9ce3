package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.SimulatorState;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.util.List;

/**
 * The 1688 open-platform APIs the simulator keeps state for, named as the mappings in stubs/1688
 * use them, and the 1688 control endpoints.
 */
public final class Member1688Extensions {
    private Member1688Extensions() {
    }

    public static List<Extension> create(SimulatorState state) {
        return List.of(
                new SliderChallenge(state),
                new SliderVerify(state),
                new UserRegister(state),
                new RegisterSmsResend(state),
                new RegisterConfirm(state),
                new UserLogin(state),
                new AlipayVerify(state),
                new AlipayStatus(state),
                new Member1688Control(state));
    }
}
