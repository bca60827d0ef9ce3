package com.buyerjourneykit.simulator.myinvois;

import com.buyerjourneykit.simulator.core.ControlRoutes;

/** The control routes under {@code /__admin/sim/myinvois}: clients, taxpayers, the processing delay, the submissions. */
final class MyInvoisControl {
    private final MyInvoisState state;

    MyInvoisControl(MyInvoisState state) {
        this.state = state;
    }

    void contribute(ControlRoutes routes) {
        routes.post("/clients", new RegisterClient(state.clients()));
        routes.post("/taxpayers", new SeedTaxpayer(state.taxpayers()));
        routes.post("/processing", new SetProcessingDelay(state.processing()));
        routes.get("/submissions", new ListSubmissions(state.submissions()));
    }
}
