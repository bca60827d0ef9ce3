package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.phone.InvalidPhoneNumber;
import com.buyerjourneykit.phone.MobileNumber;
import com.buyerjourneykit.phone.PhoneNumbers;
import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.InvalidControlField;
import com.buyerjourneykit.simulator.control.JsonControlTask;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Locale;

/**
 * {@code POST /__admin/sim/worldfirst/world-accounts {"countryCode","mobile","email"?,"firstName"?,
 * "lastName"?,"countryOfBusiness"?,"clientId"?}}: a World Account opened before the scenario began
 * (for the reference app's client unless another is named). Answers {@code {"worldAccountId"}}.
 */
final class SeedWorldAccount extends JsonControlTask {
    private final WorldAccounts accounts;

    SeedWorldAccount(WorldAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        MobileNumber mobile = mobile(body);
        String email = body.optionalText("email").map(text -> text.strip().toLowerCase(Locale.ROOT)).orElse(null);
        try {
            WorldAccount account = accounts.open(id -> new WorldAccount(id,
                    body.optionalText("clientId").orElse(Clients.REFERENCE_CLIENT_ID),
                    body.optionalText("countryOfBusiness").orElse("MY"), body.optionalText("firstName").orElse("Seeded"),
                    body.optionalText("lastName").orElse("Buyer"), mobile, email, null, false));
            return Replies.json(200, SimulatorJson.object().put("worldAccountId", account.worldAccountId()));
        } catch (Refusal taken) {
            return Replies.invalidField("mobile", "unique", taken.getMessage());
        }
    }

    private static MobileNumber mobile(ControlBody body) {
        try {
            return PhoneNumbers.parse(body.optionalText("countryCode").orElse(null), body.optionalText("mobile").orElse(null));
        } catch (InvalidPhoneNumber invalid) {
            throw new InvalidControlField(invalid.field(), invalid.rule().rule(), invalid.getMessage());
        }
    }
}
