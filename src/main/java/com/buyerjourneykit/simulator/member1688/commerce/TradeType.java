package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.member1688.InvalidParameter;
import java.util.Arrays;

/** {@code tradeType}: 担保交易 (secured transaction, the only one World Pay takes: PAY-02) or another. */
enum TradeType {
    ASSURE_TRADE("assureTrade"), ALIPAY("alipay"), BANK("bank");

    private final String code;

    TradeType(String code) {
        this.code = code;
    }

    static TradeType of(String given) {
        return Arrays.stream(values()).filter(type -> type.code.equals(given)).findFirst()
                .orElseThrow(() -> new InvalidParameter("tradeType", "one-of", "tradeType must be one of assureTrade, alipay, bank"));
    }

    String code() {
        return code;
    }

    boolean isSecured() {
        return this == ASSURE_TRADE;
    }
}
