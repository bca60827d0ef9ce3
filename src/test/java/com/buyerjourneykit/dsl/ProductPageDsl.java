package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.ProductSearchDriver;

/**
 * Guide section 5's product page: the price per piece and its tiers, each variant's stock, where
 * it ships from, the return terms, the supplier, and whether it is sold to the buyer's region.
 */
public final class ProductPageDsl {
    private final JourneyContext journey;
    private final OutcomesDsl outcomes;

    public ProductPageDsl(JourneyContext journey, OutcomesDsl outcomes) {
        this.journey = journey;
        this.outcomes = outcomes;
    }

    public void open(String offerId) {
        journey.remember(journey.driver(ProductSearchDriver.class).product(journey.journeys().of(BuyersDsl.BUYER), offerId));
    }

    public void assertPrice(String price, String currency) {
        Answer product = outcomes.assertOutcome("product");
        assertThat(product.fact("price") + " " + product.fact("currency")).as("price a piece").isEqualTo(price + " " + currency);
    }

    /** "minQuantity:price" for each tier, as the answer's {@code tierPrices}. */
    public void assertTiers(String tiers) {
        assertThat(outcomes.assertOutcome("product").fact("tierPrices")).as("price tiers").isEqualTo(tiers);
    }

    public void assertStock(String specId, String stock) {
        Answer product = outcomes.assertOutcome("product");
        assertThat(product.fact("stock." + specId)).as("stock of %s (%s)", specId, product).isEqualTo(stock);
    }

    /** The place and terms as 1688's catalogue gives them to every buyer (in English): the scenario names a part of each. */
    public void assertShipsFrom(String place, String returnTerms) {
        Answer product = outcomes.assertOutcome("product");
        assertThat(product.fact("shipFrom")).as("ships from").contains(place);
        assertThat(product.fact("returnTerms")).as("return terms").contains(returnTerms);
    }

    public void assertIdentifiedCrossBorderSeller() {
        assertThat(outcomes.assertOutcome("product").fact("identifiedCrossBorder")).as("identified cross-border seller")
                .isEqualTo("true");
    }

    /** ORD-05: "This product is not currently available for purchase in the current country/region". */
    public void assertNotAvailableIn(String region) {
        Answer product = outcomes.assertOutcome("product");
        assertThat(product.fact("region")).as("the buyer's region").isEqualTo(region);
        assertThat(product.fact("availableInRegion")).as("available in %s", region).isEqualTo("false");
        assertThat(product.fact("unavailableMessage")).as("what the page says (%s)", product).isNotBlank();
    }
}
