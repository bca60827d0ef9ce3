package com.buyerjourneykit.reference.sections.ordering;

import com.buyerjourneykit.reference.journey.InvalidInput;
import java.util.Optional;

/** Which product page the buyer asked for: by offer id or by the link they copied, for a region. */
record ProductQuery(String journeyId, String by, String offerId, Optional<String> chosenRegion) {

    static ProductQuery read(String journeyId, String offerId, String link, String region) {
        if (journeyId == null || journeyId.isBlank()) {
            throw new InvalidInput("journeyId", "required", "journeyId is required");
        }
        boolean byLink = offerId == null || offerId.isBlank();
        if (byLink && (link == null || link.isBlank())) {
            throw new InvalidInput("offerId", "required", "give offerId or productLink");
        }
        String id = byLink ? OfferLink.offerIdOf("productLink", link) : OfferLink.offerId("offerId", offerId);
        return new ProductQuery(journeyId, byLink ? "productLink" : "offerId", id, BuyerRegion.chosen("region", region));
    }
}
