package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.signing.Pem;
import com.buyerjourneykit.simulator.core.ControlRoutes;
import com.buyerjourneykit.simulator.core.ProviderDirectory;
import com.buyerjourneykit.simulator.core.SharedServices;
import com.buyerjourneykit.simulator.core.SimulatedProvider;
import com.buyerjourneykit.simulator.published.WorldPayDebits;
import com.buyerjourneykit.simulator.published.WorldPayStatus;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.List;

/**
 * WorldFirst ({@code /worldfirst/amsin/api/v1/…}): signed JSON APIs for the World Account, World
 * Pay authorisation of 1688 IDs, receiving accounts, balances and conversion, named as the
 * mappings in stubs/worldfirst use them; clients, seeding and payments received under
 * {@code /__admin/sim/worldfirst}; publishes {@link WorldPayStatus} and
 * {@link WorldPayDebits}. Reads 1688 only through
 * {@code Member1688Status}.
 */
public final class WorldFirstProvider implements SimulatedProvider {
    private final WorldFirstState state;
    private final Gateway gateway;

    public WorldFirstProvider(SharedServices shared, ProviderDirectory directory) {
        PrivateKey simulatorKey = Pem.privateKey(Pem.resource("simulator-private.pem"));
        this.state = new WorldFirstState(shared, directory, simulatorKey);
        this.gateway = new Gateway(state.clients(), simulatorKey, shared.clock(), Clock.systemUTC());
        directory.publish(WorldPayStatus.class, state.links()::isLinked);
        directory.publish(WorldPayDebits.class, state.worldPayDebits());
    }

    @Override
    public String name() {
        return "worldfirst";
    }

    @Override
    public List<Extension> extensions() {
        return new WorldFirstApis(gateway, state).all();
    }

    @Override
    public void contributeControlRoutes(ControlRoutes routes) {
        new WorldFirstControl(state).contribute(routes);
    }

    @Override
    public void reset() {
        state.forgetAll();
    }
}
