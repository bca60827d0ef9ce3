package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.InvalidControlField;

/** The World Account a control call names: {@code worldAccountId}, which must exist. */
final class ControlWorldAccount {
    private ControlWorldAccount() {
    }

    static WorldAccount of(ControlBody body, WorldAccounts accounts) {
        return accounts.byId(body.text("worldAccountId")).orElseThrow(
                () -> new InvalidControlField("worldAccountId", "known-world-account", "worldAccountId names no World Account"));
    }
}
