package com.buyerjourneykit.simulator.control;

import com.buyerjourneykit.simulator.core.ControlRoutes;
import com.buyerjourneykit.simulator.core.SharedServices;
import com.buyerjourneykit.simulator.core.SimulatedProvider;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.List;

/**
 * The harness's control endpoints, all under {@code /__admin/sim}: the SMS inbox, the virtual
 * clock and a reset of everything, plus each provider's own routes under {@code /sim/<provider>}.
 * Partners use the same endpoints; providers' imitated APIs never see them.
 */
public final class ControlApi implements AdminApiExtension {
    private final SharedServices shared;
    private final List<SimulatedProvider> providers;

    public ControlApi(SharedServices shared, List<SimulatedProvider> providers) {
        this.shared = shared;
        this.providers = List.copyOf(providers);
    }

    @Override
    public String getName() {
        return "simulator-control";
    }

    @Override
    public void contributeAdminApiRoutes(Router router) {
        router.add(RequestMethod.GET, "/sim/sms-inbox/{phone}", new ReadSmsInbox(shared.sms()));
        router.add(RequestMethod.GET, "/sim/clock", new ReadClock(shared.clock()));
        router.add(RequestMethod.GET, "/sim/clock/{phone}", new ReadBuyerClock(shared.clock()));
        router.add(RequestMethod.PUT, "/sim/clock", new SetClock(shared.clock()));
        router.add(RequestMethod.POST, "/sim/clock/advance", new AdvanceClock(shared.clock()));
        router.add(RequestMethod.POST, "/sim/reset", (admin, event, params) -> reset());
        providers.forEach(provider -> provider.contributeControlRoutes(ControlRoutes.under(router, provider.name())));
    }

    /** Walks the provider list, so a provider added to it is reset without a line here. */
    private ResponseDefinition reset() {
        providers.forEach(SimulatedProvider::reset);
        shared.reset();
        return ResponseDefinition.noContent();
    }
}
