package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;

/** A guaranteed rate for one conversion of one World Account, until it expires (TOP-05). */
record Quote(String quoteId, String worldAccountId, Money sell, Money buy, BigDecimal price, Instant start, Instant expiry) {

    boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiry);
    }

    ObjectNode toJson() {
        ObjectNode json = SimulatorJson.object()
                .put("quoteId", quoteId)
                .put("quoteCurrencyPair", Rates.pair(sell.currency(), buy.currency()))
                .put("quotePrice", price.toPlainString())
                .put("quoteStartTime", start.toString())
                .put("quoteExpiryTime", expiry.toString())
                .put("guaranteed", true);
        json.set("sellAmount", sell.toJson());
        json.set("buyAmount", buy.toJson());
        return json;
    }
}
