package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.ProductSearchDriver;
import com.buyerjourneykit.drivers.SearchInput;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guide section 5, "Search for the hottest items": by keyword, product link or image, filtered by
 * region and product category, a page at a time. Offers are named by their 1688 offer ids.
 */
public final class ProductSearchDsl {
    private static final List<String> FIELDS = List.of("keyword", "productLink", "imageBase64", "region", "categoryId", "page");
    private final JourneyContext journey;
    private final OutcomesDsl outcomes;
    private final CommerceRecords records;
    private Map<String, String> lastSearch = Map.of();

    public ProductSearchDsl(JourneyContext journey, OutcomesDsl outcomes, CommerceRecords records) {
        this.journey = journey;
        this.outcomes = outcomes;
        this.records = records;
    }

    public void searchFor(String keyword) {
        search(Map.of("keyword", keyword));
    }

    public void searchInCategory(String keyword, String categoryId) {
        search(Map.of("keyword", keyword, "categoryId", categoryId));
    }

    public void searchInRegion(String keyword, String region) {
        search(Map.of("keyword", keyword, "region", region));
    }

    public void searchByLink(String link) {
        search(Map.of("productLink", link));
    }

    public void searchByPhotoOf(String label) {
        search(Map.of("imageBase64", ProductPhotos.pngBase64Showing(label)));
    }

    /** A keyword search with one more field set as typed, valid or not. */
    public void searchWith(String keyword, String field, String value) {
        if (!FIELDS.contains(field) || "keyword".equals(field)) {
            throw new IllegalArgumentException("No other field '" + field + "' on the search form; its fields are " + FIELDS);
        }
        search(Map.of("keyword", keyword, field, value));
    }

    /** The same search again, another page of its results. */
    public void openPage(int page) {
        Map<String, String> search = new HashMap<>(lastSearch);
        search.put("page", String.valueOf(page));
        search(search);
    }

    public void assertFindsExactly(String offerIds) {
        Answer answer = outcomes.assertOutcome("search-results");
        assertThat(CommaSeparated.list(answer.fact("offerIds"))).as("offers found (%s)", answer)
                .isEqualTo(CommaSeparated.list(offerIds));
    }

    public void assertFindsNothing() {
        Answer answer = outcomes.assertOutcome("search-results");
        assertThat(answer.fact("totalRecords")).as("offers found").isEqualTo("0");
        assertThat(CommaSeparated.list(answer.fact("offerIds"))).as("offers listed").isEmpty();
    }

    /** ORD-03/05: the region asked for, and which of the offers found can be bought there. */
    public void assertSoldToRegion(String region, String offerIds) {
        Answer answer = outcomes.assertOutcome("search-results");
        assertThat(answer.fact("region")).as("the region searched").isEqualTo(region);
        assertThat(CommaSeparated.list(answer.fact("availableOfferIds"))).as("offers sold to %s (%s)", region, answer)
                .containsExactlyInAnyOrderElementsOf(CommaSeparated.list(offerIds));
    }

    public void assertMoreThanOnePage() {
        Answer answer = outcomes.assertOutcome("search-results");
        assertThat(answer.fact("page")).as("the page shown").isEqualTo("1");
        assertThat(Integer.parseInt(answer.fact("totalPages"))).as("pages of results (%s)", answer).isGreaterThan(1);
        records.firstPage(answer.fact("offerIds"));
    }

    public void assertPageShowsOthers(int page) {
        Answer answer = outcomes.assertOutcome("search-results");
        assertThat(answer.fact("page")).as("the page shown").isEqualTo(String.valueOf(page));
        assertThat(CommaSeparated.list(answer.fact("offerIds"))).as("offers on page %d", page).isNotEmpty()
                .doesNotContainAnyElementsOf(CommaSeparated.list(records.firstPageOfferIds()));
    }

    private void search(Map<String, String> fields) {
        lastSearch = Map.copyOf(fields);
        SearchInput input = new SearchInput(fields.get("keyword"), fields.get("productLink"), fields.get("imageBase64"),
                fields.get("region"), fields.get("categoryId"), fields.get("page"));
        journey.remember(journey.driver(ProductSearchDriver.class).search(journey.journeys().of(BuyersDsl.BUYER), input));
    }
}
