package com.buyerjourneykit.drivers.api;

import com.buyerjourneykit.drivers.FormInput;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.Set;

/**
 * A JSON body in which counts ({@code quantity}, {@code page}) are JSON numbers, as a JSON client
 * sends them; text that is no whole number stays text, so bad input reaches the system as typed.
 */
final class WholeNumberBody {
    private WholeNumberBody() {
    }

    static ObjectNode of(FormInput input, Set<String> wholeNumbers) {
        ObjectNode body = StepCalls.body();
        input.fields().forEach((name, value) -> {
            if (wholeNumbers.contains(name) && value.matches("-?\\d{1,18}")) {
                body.put(name, new BigInteger(value));
            } else {
                body.put(name, value);
            }
        });
        return body;
    }
}
