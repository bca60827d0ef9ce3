package com.buyerjourneykit.simulator.alipay;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.JsonControlTask;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.regex.Pattern;

/**
 * {@code POST /__admin/sim/alipay/completed-accounts {"phone":"+60..."}}: seeds a complete Alipay
 * personal account for that mobile, for scenarios that start after section 1 (like a Stripe
 * fixture); the account then answers every provider as one registered step by step would.
 */
final class SeedCompletedAccount extends JsonControlTask {
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private final PersonalAccounts accounts;

    SeedCompletedAccount(PersonalAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        String phone = body.text("phone");
        if (!E164.matcher(phone).matches()) {
            return Replies.invalidField("phone", "e164", "phone must be an E.164 number such as +60123456789");
        }
        accounts.seedComplete(phone);
        return Replies.json(200, SimulatorJson.object().put("phone", phone).put("completed", true));
    }
}
