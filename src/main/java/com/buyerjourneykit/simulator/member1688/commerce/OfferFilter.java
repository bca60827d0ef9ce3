package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.member1688.InvalidParameter;
import java.util.Optional;

/** ORD-03: only offers sold to {@code buyerRegion}, only offers of {@code categoryId}; either may be absent. */
record OfferFilter(Optional<String> region, Optional<String> categoryId) {

    static OfferFilter of(ParamObject param, Catalogue catalogue) {
        Optional<String> category = param.text("categoryId");
        if (category.isPresent() && !catalogue.categories().containsKey(category.get())) {
            throw new InvalidParameter(param.name("categoryId"), "known-category",
                    param.name("categoryId") + " must be one of " + String.join(", ", catalogue.categories().keySet()));
        }
        return new OfferFilter(param.region("buyerRegion"), category);
    }

    boolean admits(Offer offer) {
        return region.map(offer::isSoldTo).orElse(true) && categoryId.map(offer.categoryId()::equals).orElse(true);
    }
}
