package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.InvalidControlField;
import com.buyerjourneykit.simulator.control.JsonControlTask;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code POST /__admin/sim/1688/monthly-volumes {"memberId","averageMonthlyVolume":"150000.00"}}:
 * the member's average monthly 1688 volume in CNY, which picks World Pay's service-fee tier (PAY-06).
 */
final class SetMonthlyVolume extends JsonControlTask {
    private final CommerceState state;

    SetMonthlyVolume(CommerceState state) {
        this.state = state;
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        String memberId = ControlMember.of(body, state);
        String volume = body.text("averageMonthlyVolume");
        long fen;
        try {
            fen = Yuan.toFen(volume);
        } catch (IllegalArgumentException | ArithmeticException notAnAmount) {
            throw new InvalidControlField("averageMonthlyVolume", "cny-amount",
                    "averageMonthlyVolume must be a CNY amount such as \"150000.00\" (at most 2 decimals, not negative)");
        }
        state.monthlyVolumes().set(memberId, fen);
        return Replies.json(200, SimulatorJson.object().put("memberId", memberId)
                .put("averageMonthlyVolume", Yuan.text(fen))
                .put("serviceFeeRate", state.catalogue().fees().serviceFeeRate(fen).toPlainString()));
    }
}
