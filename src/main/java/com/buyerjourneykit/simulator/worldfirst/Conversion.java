package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** A conversion made: which request, which quote, what left and what arrived. */
record Conversion(String conversionId, String requestId, String worldAccountId, Quote quote, Instant convertedAt) {

    ObjectNode toJson() {
        ObjectNode json = SimulatorJson.object()
                .put("conversionId", conversionId)
                .put("requestId", requestId)
                .put("quoteId", quote.quoteId())
                .put("quoteCurrencyPair", Rates.pair(quote.sell().currency(), quote.buy().currency()))
                .put("quotePrice", quote.price().toPlainString())
                .put("status", "SUCCESS")
                .put("convertedAt", convertedAt.toString());
        json.set("sellAmount", quote.sell().toJson());
        json.set("buyAmount", quote.buy().toJson());
        return json;
    }
}
