package com.buyerjourneykit.simulator.core;

import com.github.tomakehurst.wiremock.extension.Extension;
import java.util.List;

/**
 * One imitated provider as a unit: its WireMock extensions, what it remembers, its reset and its
 * control routes. It sees the shared core ({@link SharedServices}) and other providers only
 * through the read-only views of {@link ProviderDirectory}, never their state.
 */
public interface SimulatedProvider {

    /** The provider's path prefix ({@code /alipay}), stubs folder and control prefix ({@code /__admin/sim/alipay}). */
    String name();

    /** Its stateful transformers, each under the name its mappings in {@code stubs/<name>} use. */
    List<Extension> extensions();

    /** Control endpoints for the harness (seeding), under {@code /__admin/sim/<name>}; none unless overridden. */
    default void contributeControlRoutes(ControlRoutes routes) {
    }

    /**
     * How its requests are read before any API sees them (operation, buyer, media type, refusals):
     * what gives it faults on demand, the size limit and the request log. Undeclared: none of those.
     */
    default ProviderRequests requests() {
        return ProviderRequests.undeclared();
    }

    /** Forgets every buyer; the shared clock, SMS inbox and one-time codes are reset by the core. */
    void reset();
}
