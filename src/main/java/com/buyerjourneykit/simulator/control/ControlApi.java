package com.buyerjourneykit.simulator.control;

import com.buyerjourneykit.simulator.SimulatorState;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * The harness's control endpoints, all under {@code /__admin/sim}: the SMS inbox, the virtual
 * clock and a reset. Partners use the same endpoints; providers never see them.
 */
public final class ControlApi implements AdminApiExtension {
    private final SimulatorState state;

    public ControlApi(SimulatorState state) {
        this.state = state;
    }

    @Override
    public String getName() {
        return "simulator-control";
    }

    @Override
    public void contributeAdminApiRoutes(Router router) {
        router.add(RequestMethod.GET, "/sim/sms-inbox/{phone}", new ReadSmsInbox(state.smsDelivery()));
        router.add(RequestMethod.GET, "/sim/clock", new ReadClock(state.clock()));
        router.add(RequestMethod.GET, "/sim/clock/{phone}", new ReadBuyerClock(state.clock()));
        router.add(RequestMethod.PUT, "/sim/clock", new SetClock(state.clock()));
        router.add(RequestMethod.POST, "/sim/clock/advance", new AdvanceClock(state.clock()));
        router.add(RequestMethod.POST, "/sim/reset", (admin, event, params) -> reset());
    }

    private ResponseDefinition reset() {
        state.reset();
        return ResponseDefinition.noContent();
    }
}
