package com.buyerjourneykit.simulator.member1688.commerce;

import java.math.BigDecimal;
import java.util.List;

/**
 * PAY-06: World Pay 0.8 %, card 1.0 % (guide), and World Pay's service fee by the buyer's average
 * monthly 1688 volume (FAQ, at most 0.2 %; the tiers are ours). Rates as decimals, from the catalogue.
 */
record FeeSchedule(BigDecimal worldPayRate, BigDecimal cardRate, List<ServiceFeeTier> serviceFeeTiers) {

    /** Applies below {@code monthlyVolumeBelowFen}; the last tier has none (Long.MAX_VALUE). */
    record ServiceFeeTier(long monthlyVolumeBelowFen, BigDecimal rate) {
    }

    BigDecimal serviceFeeRate(long averageMonthlyVolumeFen) {
        return serviceFeeTiers.stream().filter(tier -> averageMonthlyVolumeFen < tier.monthlyVolumeBelowFen())
                .findFirst().orElse(serviceFeeTiers.get(serviceFeeTiers.size() - 1)).rate();
    }
}
