package com.buyerjourneykit.simulator.control;

import com.buyerjourneykit.simulator.core.ControlTask;
import com.buyerjourneykit.simulator.core.Faults;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** {@code DELETE /__admin/sim/faults}: forgets every fault still waiting (the reset does too). */
final class ClearFaults extends ControlTask {
    private final Faults faults;

    ClearFaults(Faults faults) {
        this.faults = faults;
    }

    @Override
    protected ResponseDefinition answer(Request request, PathParams pathParams) {
        faults.clear();
        return ResponseDefinition.noContent();
    }
}
