package com.buyerjourneykit.drivers.simulator;

import com.buyerjourneykit.drivers.ProviderFault;
import com.buyerjourneykit.drivers.ProviderFaultsDriver;
import com.buyerjourneykit.drivers.Settings;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code POST /__admin/sim/faults}: the next call (or calls) of a provider operation fail for one buyer. A
 * no-answer is held back {@code bjk.fault.delay.ms}, which must exceed the system's provider client
 * timeout: 3500 ms by default, just above the 3 s the in-process reference app is given. MyInvois
 * knows no buyer's phone: the system under test calls it as its one taxpayer client
 * ({@code bjk.myinvois.client-id}), so its faults are armed for that client.
 */
final class HttpProviderFaults implements ProviderFaultsDriver {
    private static final String MYINVOIS = "myinvois";
    private final ControlCalls control;
    private final int delayMillis = Integer.parseInt(Settings.get("bjk.fault.delay.ms", "3500"));
    private final String myInvoisClient = Settings.get("bjk.myinvois.client-id", "bjk-reference-app");

    HttpProviderFaults(ControlCalls control) {
        this.control = control;
    }

    @Override
    public void failNext(ProviderFault fault) {
        ObjectNode body = ControlCalls.object().put("provider", fault.provider()).put("operation", fault.operation());
        if (MYINVOIS.equals(fault.provider())) {
            body.put("member", myInvoisClient);
        } else {
            body.put("phone", fault.phone());
        }
        control.post("/faults", body.put("kind", fault.kind()).put("times", fault.times()).put("delayMillis", delayMillis));
    }
}
