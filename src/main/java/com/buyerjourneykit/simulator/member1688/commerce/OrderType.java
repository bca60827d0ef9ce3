package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.member1688.InvalidParameter;
import java.util.Arrays;
import java.util.Optional;

/** {@code orderType}: a normal order, or a credit-term (账期) or contract (合同) order, which World Pay does not take (PAY-03 g). */
enum OrderType {
    NORMAL("normal"), CREDIT_TERM("creditTerm"), CONTRACT("contract");

    private final String code;

    OrderType(String code) {
        this.code = code;
    }

    static OrderType of(Optional<String> given) {
        String code = given.orElse("normal");
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst()
                .orElseThrow(() -> new InvalidParameter("orderType", "one-of", "orderType must be one of normal, creditTerm, contract"));
    }

    String code() {
        return code;
    }
}
