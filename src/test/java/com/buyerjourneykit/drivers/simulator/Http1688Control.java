package com.buyerjourneykit.drivers.simulator;

import com.buyerjourneykit.drivers.Member1688ControlDriver;
import com.buyerjourneykit.drivers.MemberSeed;

/** {@code POST /__admin/sim/1688/members}: a 1688 member who registered before the scenario. */
final class Http1688Control implements Member1688ControlDriver {
    private final ControlCalls control;

    Http1688Control(ControlCalls control) {
        this.control = control;
    }

    @Override
    public String seedMember(MemberSeed seed) {
        return control.post("/1688/members", ControlCalls.object().put("memberName", seed.memberName())
                .put("password", seed.password()).put("countryCode", seed.phone().countryCode())
                .put("mobile", seed.phone().mobile()).put("verified", seed.verified())).path("memberId").asText();
    }
}
