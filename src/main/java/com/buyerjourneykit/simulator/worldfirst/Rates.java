package com.buyerjourneykit.simulator.worldfirst;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exchange rates, 4 decimals, half-even. A pair set through the control API wins; otherwise the
 * reverse of a set pair, otherwise the cross through CNH of the defaults (CNH per unit; 1 SGD =
 * 5.4560 CNH as on the guide's screen). The defaults are fixed values, not market rates.
 */
final class Rates {
    static final int SCALE = 4;
    private static final Map<String, BigDecimal> CNH_PER_UNIT = Map.ofEntries(
            Map.entry("CNH", BigDecimal.ONE), Map.entry("USD", new BigDecimal("7.1000")),
            Map.entry("SGD", new BigDecimal("5.4560")), Map.entry("HKD", new BigDecimal("0.9100")),
            Map.entry("GBP", new BigDecimal("9.0000")), Map.entry("EUR", new BigDecimal("7.7000")),
            Map.entry("AUD", new BigDecimal("4.7000")), Map.entry("JPY", new BigDecimal("0.0480")),
            Map.entry("NZD", new BigDecimal("4.3000")), Map.entry("CAD", new BigDecimal("5.2000")),
            Map.entry("MYR", new BigDecimal("1.5200")), Map.entry("THB", new BigDecimal("0.2000")),
            Map.entry("IDR", new BigDecimal("0.0004")), Map.entry("PHP", new BigDecimal("0.1250")));
    private final Map<String, BigDecimal> set = new ConcurrentHashMap<>();

    static String pair(String sell, String buy) {
        return sell + "/" + buy;
    }

    void set(String sell, String buy, BigDecimal rate) {
        set.put(pair(sell, buy), rate.setScale(SCALE, RoundingMode.HALF_EVEN));
    }

    /** How many units of {@code buy} one unit of {@code sell} gets. */
    BigDecimal rate(String sell, String buy) {
        BigDecimal direct = set.get(pair(sell, buy));
        if (direct != null) {
            return direct;
        }
        BigDecimal reverse = set.get(pair(buy, sell));
        if (reverse != null) {
            return BigDecimal.ONE.divide(reverse, SCALE, RoundingMode.HALF_EVEN);
        }
        return CNH_PER_UNIT.get(sell).divide(CNH_PER_UNIT.get(buy), SCALE, RoundingMode.HALF_EVEN);
    }

    void forgetAll() {
        set.clear();
    }
}
