package com.buyerjourneykit.simulator.member1688.commerce;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A cross-border offer (ORD-04): subject in Chinese and English, price tiers by quantity, minimum
 * order quantity, variants with stock, ship-from place, return terms, category, the regions it is
 * sold to ({@code *}: everywhere), its supplier, whether it is a prohibited item, and the label an
 * uploaded image must carry to be recognised as it.
 */
record Offer(String offerId, String subject, String subjectEn, String categoryId, String supplierId,
             List<PriceTier> priceTiers, long minOrderQuantity, String shipFrom, String shipFromEn,
             String returnTerms, String returnTermsEn, Set<String> soldTo, boolean prohibited, String imageLabel,
             List<Variant> variants) {
    static final String EVERYWHERE = "*";

    boolean isSoldTo(String region) {
        return soldTo.contains(EVERYWHERE) || soldTo.contains(region);
    }

    Optional<Variant> variant(String specId) {
        return variants.stream().filter(variant -> variant.specId().equals(specId)).findFirst();
    }

    /** The price of one piece when {@code quantity} are bought: the highest tier reached. */
    long unitFenFor(long quantity) {
        long unit = priceTiers.get(0).unitFen();
        for (PriceTier tier : priceTiers) {
            if (quantity >= tier.minQuantity()) {
                unit = tier.unitFen();
            }
        }
        return unit;
    }

    long listPriceFen() {
        return priceTiers.get(0).unitFen();
    }
}
