package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.InvalidControlField;
import com.buyerjourneykit.simulator.control.JsonControlTask;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code POST /__admin/sim/worldfirst/world-pay-debit-faults {"worldAccountId","when"?,"times"?}}: the
 * account's next {@code times} (1–100, default 1) World Pay debits go unanswered. {@code when} is
 * AFTER_DEBITING (the default: the money has moved) or BEFORE_DEBITING (it has not).
 */
final class ArmDebitFault extends JsonControlTask {
    private final WorldAccounts accounts;
    private final DebitFaults faults;

    ArmDebitFault(WorldAccounts accounts, DebitFaults faults) {
        this.accounts = accounts;
        this.faults = faults;
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        String id = body.text("worldAccountId");
        if (accounts.byId(id).isEmpty()) {
            throw new InvalidControlField("worldAccountId", "world-account", "no World Account has this id");
        }
        DebitFaults.When when = ControlChoice.of("when", DebitFaults.When.class,
                body.optionalText("when").orElse(DebitFaults.When.AFTER_DEBITING.name()));
        int times = Math.toIntExact(body.wholeNumber("times", 1, 100, 1));
        faults.arm(id, when, times);
        return Replies.json(200, SimulatorJson.object().put("worldAccountId", id).put("when", when.name()).put("times", times));
    }
}
