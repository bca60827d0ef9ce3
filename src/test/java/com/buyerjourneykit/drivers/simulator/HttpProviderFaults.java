package com.buyerjourneykit.drivers.simulator;

import com.buyerjourneykit.drivers.ProviderFault;
import com.buyerjourneykit.drivers.ProviderFaultsDriver;
import com.buyerjourneykit.drivers.Settings;

/**
 * {@code POST /__admin/sim/faults}: the next call (or calls) of a provider operation fail for one buyer. A
 * no-answer is held back {@code bjk.fault.delay.ms}, which must exceed the system's provider client
 * timeout: 3500 ms by default, just above the 3 s the in-process reference app is given.
 */
final class HttpProviderFaults implements ProviderFaultsDriver {
    private final ControlCalls control;
    private final int delayMillis = Integer.parseInt(Settings.get("bjk.fault.delay.ms", "3500"));

    HttpProviderFaults(ControlCalls control) {
        this.control = control;
    }

    @Override
    public void failNext(ProviderFault fault) {
        control.post("/faults", ControlCalls.object().put("provider", fault.provider()).put("operation", fault.operation())
                .put("phone", fault.phone()).put("kind", fault.kind()).put("times", fault.times()).put("delayMillis", delayMillis));
    }
}
