package com.buyerjourneykit.simulator.worldfirst;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code fund/inquiryRate {sellCurrency, buyCurrency}} (TOP-05): the indicative rate, 4 decimals. */
final class InquiryRate extends WorldFirstApi {
    static final String NAME = "worldfirst-inquiry-rate";
    private final Rates rates;

    InquiryRate(Gateway gateway, Rates rates) {
        super(NAME, gateway);
        this.rates = rates;
    }

    @Override
    ObjectNode answer(WorldFirstRequest request) {
        CurrencyPair pair = CurrencyPair.read(request);
        return WorldFirstReply.success("success")
                .put("currencyPair", Rates.pair(pair.sell(), pair.buy()))
                .put("rate", rates.rate(pair.sell(), pair.buy()).toPlainString());
    }
}
