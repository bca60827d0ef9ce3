package com.buyerjourneykit.reference.sections.ordering;

import com.buyerjourneykit.reference.journey.SectionOutcome;
import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.Journeys;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Searching 1688's cross-border offers (ORD-02, ORD-03). A product link finds its one product,
 * shown even when it is not sold to the region, so the buyer learns why it cannot be ordered.
 */
final class Searching {
    private final Commerce1688Client commerce;
    private final Journeys journeys;

    Searching(Commerce1688Client commerce, Journeys journeys) {
        this.commerce = commerce;
        this.journeys = journeys;
    }

    SectionOutcome search(String journeyId, SearchQuery query) {
        Journey journey = journeys.find(journeyId);
        String region = Buyer.of(journey, query.chosenRegion()).region();
        Commerce1688Client.SearchScope scope = new Commerce1688Client.SearchScope(region, query.categoryId().orElse(null),
                query.page());
        return switch (query.by()) {
            case KEYWORD -> SearchResults.ofPage(commerce.searchByKeyword(query.value(), scope), query.page(), region);
            case IMAGE -> SearchResults.ofPage(commerce.searchByImage(query.value(), scope), query.page(), region);
            case LINK -> byLink(query, region);
        };
    }

    private SectionOutcome byLink(SearchQuery query, String region) {
        JsonNode product = commerce.product("productLink", query.value(), region);
        boolean inCategory = query.categoryId().map(product.path("categoryId").asText()::equals).orElse(true);
        long total = inCategory ? 1 : 0;
        List<JsonNode> rows = inCategory && query.page() == 1 ? List.of(product) : List.of();
        return SearchResults.of(total, total, query.page(), region, rows);
    }
}
