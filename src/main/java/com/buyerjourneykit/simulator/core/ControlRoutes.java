package com.buyerjourneykit.simulator.core;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.http.RequestMethod;

/**
 * One provider's share of the control API: every path is put under {@code /__admin/sim/<provider>},
 * so providers cannot collide with each other or with the shared routes.
 */
public final class ControlRoutes {
    private final Router router;
    private final String prefix;

    private ControlRoutes(Router router, String prefix) {
        this.router = router;
        this.prefix = prefix;
    }

    public static ControlRoutes under(Router router, String provider) {
        return new ControlRoutes(router, "/sim/" + provider);
    }

    /** {@code path} starts with a slash: {@code post("/members", …)} is {@code POST /__admin/sim/1688/members}. */
    public void post(String path, ControlTask task) {
        router.add(RequestMethod.POST, prefix + path, task);
    }

    public void get(String path, ControlTask task) {
        router.add(RequestMethod.GET, prefix + path, task);
    }

    public void put(String path, ControlTask task) {
        router.add(RequestMethod.PUT, prefix + path, task);
    }
}
