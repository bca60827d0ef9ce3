package com.buyerjourneykit.simulator.control;

import com.buyerjourneykit.simulator.core.ControlTask;
import com.buyerjourneykit.simulator.core.SharedServices;
import com.buyerjourneykit.simulator.core.SimulatedProvider;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.List;

/**
 * {@code POST /__admin/sim/reset}: walks the provider list, so a provider added to it is reset
 * without a line here; then the core forgets the inbox, codes and faults and rewinds the clock.
 */
final class ResetAll extends ControlTask {
    private final SharedServices shared;
    private final List<SimulatedProvider> providers;

    ResetAll(SharedServices shared, List<SimulatedProvider> providers) {
        this.shared = shared;
        this.providers = providers;
    }

    @Override
    protected ResponseDefinition answer(Request request, PathParams pathParams) {
        providers.forEach(SimulatedProvider::reset);
        shared.reset();
        return ResponseDefinition.noContent();
    }
}
