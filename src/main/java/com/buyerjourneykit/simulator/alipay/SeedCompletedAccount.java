package com.buyerjourneykit.simulator.alipay;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.ControlPhone;
import com.buyerjourneykit.simulator.control.JsonControlTask;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code POST /__admin/sim/alipay/completed-accounts {"phone":"+60..."}}: seeds a complete Alipay
 * personal account for that mobile, for scenarios that start after section 1 (like a Stripe
 * fixture); the account then answers every provider as one registered step by step would.
 */
final class SeedCompletedAccount extends JsonControlTask {
    private final PersonalAccounts accounts;

    SeedCompletedAccount(PersonalAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        String phone = ControlPhone.e164("phone", body.text("phone"));
        accounts.seedComplete(phone);
        return Replies.json(200, SimulatorJson.object().put("phone", phone).put("completed", true));
    }
}
