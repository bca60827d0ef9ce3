package com.buyerjourneykit.simulator.control;

import com.buyerjourneykit.simulator.core.ControlRoutes;
import com.buyerjourneykit.simulator.core.SharedServices;
import com.buyerjourneykit.simulator.core.SimulatedProvider;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The harness's control endpoints, all under {@code /__admin/sim}: the SMS inbox, the virtual
 * clock, faults on demand and a reset of everything, plus each provider's own routes under
 * {@code /sim/<provider>}. Partners use the same endpoints; providers' imitated APIs never see them.
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
        router.add(RequestMethod.POST, "/sim/faults", new ArmFault(shared.faults(), operationsByProvider()));
        router.add(RequestMethod.GET, "/sim/faults", new ListFaults(shared.faults()));
        router.add(RequestMethod.DELETE, "/sim/faults", new ClearFaults(shared.faults()));
        router.add(RequestMethod.POST, "/sim/reset", new ResetAll(shared, providers));
        providers.forEach(provider -> provider.contributeControlRoutes(ControlRoutes.under(router, provider.name())));
    }

    /** What a fault may name: each listed provider's declared operations. */
    private Map<String, Set<String>> operationsByProvider() {
        return providers.stream().collect(Collectors.toMap(SimulatedProvider::name,
                provider -> provider.requests().operations()));
    }
}
