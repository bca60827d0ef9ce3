package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.SimulatorState;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;

/**
 * The harness's 1688 control endpoints under {@code /__admin/sim}: seed a member, and (until the
 * Alipay account registry exists) declare an Alipay personal account complete.
 */
final class Member1688Control implements AdminApiExtension {
    private final SimulatorState state;

    Member1688Control(SimulatorState state) {
        this.state = state;
    }

    @Override
    public String getName() {
        return "simulator-control-1688";
    }

    @Override
    public void contributeAdminApiRoutes(Router router) {
        router.add(RequestMethod.POST, "/sim/1688/members", new SeedMember(state.member1688().members()));
        router.add(RequestMethod.POST, "/sim/alipay/completed-accounts",
                new MarkAlipayAccountComplete(state.alipayAccounts()));
    }
}
