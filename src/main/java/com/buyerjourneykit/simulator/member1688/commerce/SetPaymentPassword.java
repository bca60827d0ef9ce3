package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.InvalidControlField;
import com.buyerjourneykit.simulator.control.JsonControlTask;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code POST /__admin/sim/1688/payment-passwords {"memberId","password"}}: sets the member's
 * Alipay payment password (6 digits) and unlocks it; answers {@code {"memberId","locked":false}}.
 */
final class SetPaymentPassword extends JsonControlTask {
    private final CommerceState state;

    SetPaymentPassword(CommerceState state) {
        this.state = state;
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        String memberId = ControlMember.of(body, state);
        String password = body.text("password");
        if (!password.matches("\\d{6}")) {
            throw new InvalidControlField("password", "six-digits", "password must be exactly 6 digits");
        }
        state.paymentPasswords().set(memberId, password);
        return Replies.json(200, SimulatorJson.object().put("memberId", memberId).put("locked", false));
    }
}
