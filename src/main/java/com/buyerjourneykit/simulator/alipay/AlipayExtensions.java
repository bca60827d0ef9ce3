package com.buyerjourneykit.simulator.alipay;

import com.buyerjourneykit.simulator.SimulatorState;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.util.List;

/** The Alipay gateway methods the simulator keeps state for, named as the mappings in stubs/alipay use them. */
public final class AlipayExtensions {
    private AlipayExtensions() {
    }

    public static List<Extension> create(SimulatorState state) {
        return List.of(new PersonalSmsSend(state), new PersonalSmsVerify(state), new PersonalIdentityVerify(state),
                new PersonalAddressRegister(state), new PersonalProfileComplete(state), new PersonalAccountQuery(state));
    }
}
