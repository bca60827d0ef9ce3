package com.buyerjourneykit.reference.sections.payment;

import java.math.BigDecimal;

/** CNY as the app shows it: 1688 speaks fen ({@code 2000}), the buyer reads yuan with two decimals ({@code "20.00"}). */
final class Yuan {
    private Yuan() {
    }

    static String ofFen(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** 1688's rate {@code "0.008"} as {@code "0.8%"}; at least one decimal, so the card's is {@code "1.0%"}. */
    static String percent(String rate) {
        BigDecimal percent = new BigDecimal(rate.isBlank() ? "0" : rate).movePointRight(2).stripTrailingZeros();
        return percent.setScale(Math.max(1, percent.scale())).toPlainString() + "%";
    }
}
