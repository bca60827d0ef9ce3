package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.InvalidControlField;

/** {@code "currency"} and {@code "value"} (minor units) of a control call, under the same rules as in the APIs, refused as control calls refuse. */
final class ControlAmounts {
    private ControlAmounts() {
    }

    static Money read(ControlBody body) {
        try {
            return AmountFields.read("amount", SimulatorJson.object()
                    .put("currency", body.text("currency")).put("value", body.text("value")));
        } catch (Refusal broken) {
            String field = broken.details().path("field").asText("amount").replace("amount.", "");
            throw new InvalidControlField(field, broken.details().path("rule").asText("amount"), broken.getMessage());
        }
    }
}
