package com.buyerjourneykit.simulator.myinvois;

import com.buyerjourneykit.simulator.core.ControlRoutes;
import com.buyerjourneykit.simulator.core.ProviderDirectory;
import com.buyerjourneykit.simulator.core.ProviderRequests;
import com.buyerjourneykit.simulator.core.SharedServices;
import com.buyerjourneykit.simulator.core.SimulatedProvider;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.util.List;

/**
 * MyInvois, Malaysia's e-invoice system ({@code /myinvois} stands for its API and identity
 * hosts): client-credentials tokens, submission of UBL 2.1 self-billed invoices (type 11),
 * submissions and documents on the virtual clock, TIN validation. Clients, taxpayers and the
 * processing delay are set under {@code /__admin/sim/myinvois}. It reads no other provider.
 */
public final class MyInvoisProvider implements SimulatedProvider {
    private final MyInvoisState state;
    private final MyInvoisRequests requests;

    public MyInvoisProvider(SharedServices shared, ProviderDirectory directory) {
        this.state = new MyInvoisState(shared.clock());
        this.requests = new MyInvoisRequests(state.tokens());
    }

    @Override
    public String name() {
        return "myinvois";
    }

    @Override
    public List<Extension> extensions() {
        return new MyInvoisApis(state).all();
    }

    @Override
    public void contributeControlRoutes(ControlRoutes routes) {
        new MyInvoisControl(state).contribute(routes);
    }

    @Override
    public ProviderRequests requests() {
        return requests;
    }

    @Override
    public void reset() {
        state.forgetAll();
    }
}
