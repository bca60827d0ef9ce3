package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.JsonControlTask;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code POST /__admin/sim/1688/unknown-payments {"orderId"}}: the order's next successful payment
 * is made (money taken, order paid) but answered {@code PAYMENT_RESULT_UNKNOWN}, as a lost answer
 * would be; the retry with the same requestId gets the payment, never a second debit.
 */
final class ArmUnknownPayment extends JsonControlTask {
    private final CommerceState state;

    ArmUnknownPayment(CommerceState state) {
        this.state = state;
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        String orderId = ControlOrder.of(body, state).orderId();
        state.unknownOutcomes().add(orderId);
        return Replies.json(200, SimulatorJson.object().put("orderId", orderId).put("nextPayment", "UNKNOWN"));
    }
}
