package com.buyerjourneykit.simulator.member1688.commerce;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * CNY amounts: {@code long} fen on the wire and in memory, {@code "20.00"} yuan in the catalogue
 * and the export; shares (fees) rounded half-even to the fen. Never floating point.
 */
final class Yuan {
    private Yuan() {
    }

    /** {@code "20.00"} → 2000; at most two decimals, not negative. */
    static long toFen(String yuan) {
        BigDecimal amount = new BigDecimal(yuan);
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(yuan + " is not a CNY amount (at most 2 decimals, not negative)");
        }
        return amount.movePointRight(2).longValueExact();
    }

    /** 2000 → {@code "20.00"}. */
    static String text(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** {@code fen × rate}, half-even to the fen. */
    static long share(long fen, BigDecimal rate) {
        return BigDecimal.valueOf(fen).multiply(rate).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
