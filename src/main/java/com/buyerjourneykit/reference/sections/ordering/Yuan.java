package com.buyerjourneykit.reference.sections.ordering;

import java.math.BigDecimal;

/** 1688 speaks fen ({@code 2000}); the buyer reads yuan with two decimals ({@code "20.00"}). */
final class Yuan {
    private Yuan() {
    }

    static String ofFen(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
