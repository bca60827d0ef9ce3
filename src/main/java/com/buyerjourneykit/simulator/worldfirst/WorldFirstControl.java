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
        routes.post("/alipay-international-links", new SeedAlipayInternationalLink(state.alipayInternational()));
        routes.post("/alipay-international-unlinks", new UnlinkAlipayInternational(state.alipayInternational()));
        routes.post("/payments-received", new PaymentReceived(state.receivingAccounts(), state.accounts(), state.balances(),
                state.notifications()));
        routes.get("/notifications", new NotificationOutbox(state.notifications()));
        routes.post("/notification-dispatches", new DispatchDueNotifications(state.notifications()));
        routes.post("/rates", new SetRate(state.rates()));
        routes.post("/balances", new SetBalance(state.accounts(), state.balances()));
        routes.post("/world-pay-links", new SeedWorldPayLink(state.accounts(), state.links(), state.clock()));
        routes.post("/unknown-conversions", new AnswerUnknownNext(state.accounts(), state.convertOutcomes()));
    }
}
