package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.core.ControlRoutes;

/** The control routes under {@code /__admin/sim/worldfirst}: clients, seeding, money arriving, rates. */
final class WorldFirstControl {
    private final WorldFirstState state;

    WorldFirstControl(WorldFirstState state) {
        this.state = state;
    }

    void contribute(ControlRoutes routes) {
        routes.post("/clients", new RegisterClient(state.clients()));
        routes.post("/world-accounts", new SeedWorldAccount(state.accounts()));
        routes.post("/alipay-international-links", SeedAlipayInternationalLink.link(state.alipayInternational()));
        routes.post("/alipay-international-links/unlink", SeedAlipayInternationalLink.unlink(state.alipayInternational()));
    }
}
