package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.alipay.PersonalAccounts;
import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.regex.Pattern;

/**
 * {@code POST /__admin/sim/alipay/completed-accounts {"phone":"+60..."}}: seeds a complete Alipay
 * personal account for that mobile, for scenarios that start after section 1 (like a Stripe
 * fixture); the account then answers every provider as one registered step by step would.
 */
final class MarkAlipayAccountComplete implements AdminTask {
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private final PersonalAccounts accounts;

    MarkAlipayAccountComplete(PersonalAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
        try {
            String phone = ControlBody.parse(serveEvent.getRequest().getBodyAsString()).text("phone");
            if (!E164.matcher(phone).matches()) {
                return Replies.invalidField("phone", "e164", "phone must be an E.164 number such as +60123456789");
            }
            accounts.seedComplete(phone);
            return Replies.json(200, SimulatorJson.object().put("phone", phone).put("completed", true));
        } catch (InvalidParameter invalid) {
            return Replies.invalidField(invalid.field(), invalid.rule(), invalid.getMessage());
        }
    }
}
