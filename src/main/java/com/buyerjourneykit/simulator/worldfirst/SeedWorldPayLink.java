package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.InvalidControlField;
import com.buyerjourneykit.simulator.control.JsonControlTask;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code POST /__admin/sim/worldfirst/world-pay-links {"worldAccountId","alibaba1688Id"}}: the 1688 ID is
 * authorised for World Pay under the account, as if the buyer had confirmed the SMS code (4A). Set-up for
 * section 6's scenarios; the same rules hold (one World Account per 1688 ID). Answers the link.
 */
final class SeedWorldPayLink extends JsonControlTask {
    private final WorldAccounts accounts;
    private final Links links;
    private final VirtualClock clock;

    SeedWorldPayLink(WorldAccounts accounts, Links links, VirtualClock clock) {
        this.accounts = accounts;
        this.links = links;
        this.clock = clock;
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        WorldAccount account = ControlWorldAccount.of(body, accounts);
        String id = body.text("alibaba1688Id").strip();
        try {
            Link link = links.link(new Link(id, account.worldAccountId(), null, clock.nowFor(account.mobile().e164())));
            return Replies.json(200, link.toJson());
        } catch (Refusal linked) {
            throw new InvalidControlField("alibaba1688Id", "not-yet-linked", linked.getMessage());
        }
    }
}
