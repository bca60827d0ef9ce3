package com.buyerjourneykit.simulator;

import com.buyerjourneykit.simulator.alipay.AlipayExtensions;
import com.buyerjourneykit.simulator.control.ControlApi;
import com.buyerjourneykit.simulator.member1688.Member1688Extensions;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import com.github.tomakehurst.wiremock.extension.WireMockServices;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers every stateful extension of the simulator around one shared {@link SimulatorState}.
 * Also loadable by a plain WireMock ({@code --extensions com.buyerjourneykit.simulator.SimulatorExtensions}).
 */
public final class SimulatorExtensions implements ExtensionFactory {
    /** Where the virtual clock starts unless told otherwise: a fixed instant, so runs repeat. */
    public static final Instant DEFAULT_START = Instant.parse("2026-01-05T01:00:00Z");
    private final SimulatorState state;

    public SimulatorExtensions() {
        this(new SimulatorState(DEFAULT_START));
    }

    SimulatorExtensions(SimulatorState state) {
        this.state = state;
    }

    @Override
    public List<Extension> create(WireMockServices services) {
        List<Extension> extensions = new ArrayList<>(AlipayExtensions.create(state));
        extensions.add(new ControlApi(state));
        extensions.addAll(Member1688Extensions.create(state));
        return extensions;
    }
}
