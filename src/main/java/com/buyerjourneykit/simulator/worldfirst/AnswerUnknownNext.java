package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.InvalidControlField;
import com.buyerjourneykit.simulator.control.JsonControlTask;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code POST /__admin/sim/worldfirst/unknown-conversions {"worldAccountId","when"?}}: the
 * account's next applyQuote answers {@code U}. {@code when} is AFTER_CONVERTING (the default: the
 * money has moved) or BEFORE_CONVERTING (it has not).
 */
final class AnswerUnknownNext extends JsonControlTask {
    private final WorldAccounts accounts;
    private final ConvertOutcomes outcomes;

    AnswerUnknownNext(WorldAccounts accounts, ConvertOutcomes outcomes) {
        this.accounts = accounts;
        this.outcomes = outcomes;
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        String id = body.text("worldAccountId");
        if (accounts.byId(id).isEmpty()) {
            throw new InvalidControlField("worldAccountId", "world-account", "no World Account has this id");
        }
        ConvertOutcomes.Unknown when = ControlChoice.of("when", ConvertOutcomes.Unknown.class,
                body.optionalText("when").orElse(ConvertOutcomes.Unknown.AFTER_CONVERTING.name()));
        outcomes.answerUnknownNext(id, when);
        return Replies.json(200, SimulatorJson.object().put("worldAccountId", id).put("when", when.name()));
    }
}
