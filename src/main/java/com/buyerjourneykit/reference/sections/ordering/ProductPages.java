package com.buyerjourneykit.reference.sections.ordering;

import com.buyerjourneykit.reference.journey.SectionOutcome;
import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.Journeys;

/** The product page (ORD-04, ORD-05), by offer id or by the link the buyer copied, for the buyer's region. */
final class ProductPages {
    private final Commerce1688Client commerce;
    private final Journeys journeys;

    ProductPages(Commerce1688Client commerce, Journeys journeys) {
        this.commerce = commerce;
        this.journeys = journeys;
    }

    SectionOutcome show(ProductQuery query) {
        Journey journey = journeys.find(query.journeyId());
        String region = Buyer.of(journey, query.chosenRegion()).region();
        return ProductFacts.of(commerce.product(query.by(), query.offerId(), region), region, journey.id());
    }
}
