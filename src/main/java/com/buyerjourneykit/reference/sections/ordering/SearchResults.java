package com.buyerjourneykit.reference.sections.ordering;

import com.buyerjourneykit.reference.journey.SectionOutcome;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One page of results as the buyer's answer {@code search-results}: the counts, the offers as rows,
 * and the ids as comma-separated summaries (all offers in 1688's order; those sold to the region).
 */
final class SearchResults {
    private SearchResults() {
    }

    static SectionOutcome of(long totalRecords, long totalPages, long page, String region, List<JsonNode> rows) {
        List<Map<String, Object>> offers = new ArrayList<>();
        rows.forEach(row -> offers.add(OfferFacts.of(row, region)));
        return SectionOutcome.success(200, "search-results").with("totalRecords", totalRecords).with("page", page)
                .with("totalPages", totalPages).with("region", region)
                .with("offerIds", ids(offers, false)).with("availableOfferIds", ids(offers, true))
                .with("offers", offers);
    }

    /** 1688's page of a keyword or image search. */
    static SectionOutcome ofPage(JsonNode page, long pageNumber, String region) {
        List<JsonNode> rows = new ArrayList<>();
        page.path("data").forEach(rows::add);
        return of(page.path("totalRecords").asLong(), page.path("totalPage").asLong(), pageNumber, region, rows);
    }

    private static String ids(List<Map<String, Object>> offers, boolean availableOnly) {
        return offers.stream().filter(offer -> !availableOnly || Boolean.TRUE.equals(offer.get("availableInRegion")))
                .map(offer -> String.valueOf(offer.get("offerId"))).collect(Collectors.joining(","));
    }
}
