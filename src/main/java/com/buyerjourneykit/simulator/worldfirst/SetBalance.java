package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.JsonControlTask;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code POST /__admin/sim/worldfirst/balances {"worldAccountId","currency","value"}}: the account's balance
 * in that currency becomes {@code value} (minor units). Set-up for scenarios about paying (section 6),
 * which need CNH without walking through a top-up. Answers {@code {"worldAccountId","balance":{currency,value}}}.
 */
final class SetBalance extends JsonControlTask {
    private final WorldAccounts accounts;
    private final Balances balances;

    SetBalance(WorldAccounts accounts, Balances balances) {
        this.accounts = accounts;
        this.balances = balances;
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        WorldAccount account = ControlWorldAccount.of(body, accounts);
        Money amount = ControlAmounts.read(body);
        balances.set(account.worldAccountId(), amount);
        return Replies.json(200, SimulatorJson.object().put("worldAccountId", account.worldAccountId())
                .set("balance", balances.of(account.worldAccountId(), amount.currency()).toJson()));
    }
}
