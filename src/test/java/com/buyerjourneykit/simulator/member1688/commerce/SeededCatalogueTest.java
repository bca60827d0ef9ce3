package com.buyerjourneykit.simulator.member1688.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.simulator.core.StubFiles;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The seeded catalogue (stubs/1688/catalogue/offers.json) holds an offer for every rule the scenarios need. */
class SeededCatalogueTest {
    private static final Catalogue CATALOGUE = CatalogueReader.read(
            new StubFiles(Path.of("stubs")).read("1688", Commerce.CATALOGUE_FILE).orElseThrow());

    @Test
    void holdsTwentyToFortyOffers() {
        assertThat(CATALOGUE.offers()).hasSizeBetween(20, 40);
    }

    @Test
    void coversEveryRule() {
        assertThat(anyOffer(Offer::prohibited)).as("prohibited item").isTrue();
        assertThat(anyOffer(offer -> !CATALOGUE.supplierOf(offer).acceptsWorldPay())).as("no World Pay").isTrue();
        assertThat(anyOffer(offer -> !CATALOGUE.supplierOf(offer).identifiedCrossBorder())).as("not identified").isTrue();
        assertThat(anyOffer(offer -> offer.minOrderQuantity() > 1)).as("minimum order").isTrue();
        assertThat(anyOffer(offer -> offer.variants().stream().anyMatch(variant -> variant.stock() == 0))).as("sold out").isTrue();
        assertThat(anyOffer(offer -> !offer.isSoldTo("MY"))).as("not sold to MY").isTrue();
        assertThat(anyOffer(offer -> offer.priceTiers().size() > 1)).as("price tiers").isTrue();
        assertThat(CATALOGUE.redPackets()).isNotEmpty();
        assertThat(CATALOGUE.logistics()).isNotEmpty();
    }

    @Test
    void theGuidesProductIsTheGuides() {
        Offer stand = CATALOGUE.offer("610000000001").orElseThrow();
        assertThat(stand.listPriceFen()).isEqualTo(2000);
        assertThat(stand.variants()).allMatch(variant -> variant.stock() == 14810);
        assertThat(stand.shipFromEn()).isEqualTo("Wenzhou, Zhejiang");
        assertThat(stand.unitFenFor(99)).isEqualTo(2000);
        assertThat(stand.unitFenFor(100)).isEqualTo(1850);
        assertThat(stand.unitFenFor(1000)).isEqualTo(1680);
    }

    @Test
    void theServiceFeeTiersChangeAtTheirBoundaries() {
        FeeSchedule fees = CATALOGUE.fees();
        assertThat(fees.serviceFeeRate(9_999_999)).isEqualByComparingTo("0.002");
        assertThat(fees.serviceFeeRate(10_000_000)).isEqualByComparingTo("0.0015");
        assertThat(fees.serviceFeeRate(199_999_999)).isEqualByComparingTo("0.001");
        assertThat(fees.serviceFeeRate(200_000_000)).isEqualByComparingTo("0.0005");
        assertThat(fees.worldPayRate()).isEqualByComparingTo(new BigDecimal("0.008"));
    }

    private static boolean anyOffer(Predicate<Offer> rule) {
        return CATALOGUE.offers().stream().anyMatch(rule);
    }
}
