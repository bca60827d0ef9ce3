package com.buyerjourneykit.drivers;

/** What a buyer does in guide section 5 before ordering: search 1688 and open a product page, through some channel. */
public interface ProductSearchDriver {

    /**
     * Search by keyword, product link or image, filtered by region and category, one page:
     * search-results (totalRecords, page, totalPages, region, offerIds and availableOfferIds
     * comma-separated in 1688's order) or a refusal.
     */
    Answer search(String journeyId, SearchInput search);

    /**
     * The product page: product (price, currency, tierPrices, stock, shipFrom, returnTerms,
     * identifiedCrossBorder, availableInRegion, unavailableMessage, region, and {@code stock.<specId>}
     * for each variant) or a refusal.
     */
    Answer product(String journeyId, String offerId);
}
