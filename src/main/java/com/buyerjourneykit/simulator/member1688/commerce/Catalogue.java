package com.buyerjourneykit.simulator.member1688.commerce;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The cross-border catalogue as read from {@code stubs/1688/catalogue/offers.json}; immutable. */
record Catalogue(List<Offer> offers, Map<String, Supplier> suppliers, Map<String, Category> categories,
                 Map<String, RedPacket> redPackets, Map<String, LogisticsSolution> logistics,
                 Set<String> alipayRegions, FeeSchedule fees) {

    Optional<Offer> offer(String offerId) {
        return offers.stream().filter(offer -> offer.offerId().equals(offerId)).findFirst();
    }

    Supplier supplierOf(Offer offer) {
        return suppliers.get(offer.supplierId());
    }

    Category categoryOf(Offer offer) {
        return categories.get(offer.categoryId());
    }
}
