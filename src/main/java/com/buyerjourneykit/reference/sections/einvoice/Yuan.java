package com.buyerjourneykit.reference.sections.einvoice;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** 1688 speaks fen; the buyer reads yuan with two decimals ("20.00"), never through floating point. */
final class Yuan {
    static final String CURRENCY = "CNY";

    private Yuan() {
    }

    static BigDecimal of(JsonNode fen) {
        return BigDecimal.valueOf(fen.asLong(0), 2);
    }

    static String text(JsonNode fen) {
        return of(fen).toPlainString();
    }
}
