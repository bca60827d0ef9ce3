package com.buyerjourneykit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Guide section 5 through the reference REST API and pages against a real simulated 1688: search, product page, orders. */
class OrderingApiTest {
    @RegisterExtension
    static final RunningReference RUNNING = new RunningReference("ordering-api-test");
    private static final OrderingBuyers BUYERS = new OrderingBuyers(RUNNING, 1000);
    private static final String STAND = "610000000001";
    private static final String ORDER = "{\"offerId\":\"610000000001\",\"specId\":\"610000000001-gray\",\"quantity\":2,"
            + "\"fullName\":\"Nur Aisyah\",\"address\":\"12 Jalan SS 2/24, Petaling Jaya\","
            + "\"logisticsSolutionId\":\"CAINIAO_GLOBAL_STANDARD\"";

    @Test
    void aKeywordSearchListsOnlyOffersSoldToTheBuyersRegionInPages() {
        String journey = BUYERS.signedIn();
        JsonNode found = BUYERS.post(journey, "1688/searches", "{\"keyword\":\"charger\"}", 200);
        assertThat(found.path("region").asText()).isEqualTo("MY");
        assertThat(found.path("totalRecords").asLong()).isZero();
        JsonNode inSingapore = BUYERS.post(journey, "1688/searches", "{\"keyword\":\"charger\",\"region\":\"SG\"}", 200);
        assertThat(inSingapore.path("offerIds").asText()).isEqualTo("610000000004");
        assertThat(inSingapore.path("availableOfferIds").asText()).isEqualTo("610000000004");
        JsonNode stands = BUYERS.post(journey, "1688/searches", "{\"keyword\":\"phone stand\"}", 200);
        JsonNode stand = stands.path("offers").path(0);
        assertThat(stand.path("offerId").asText() + " " + stand.path("price").asText() + " " + stand.path("currency").asText()
                + " " + stand.path("shipFrom").asText()).isEqualTo(STAND + " 20.00 CNY Wenzhou, Zhejiang");
        assertThat(stand.path("identifiedCrossBorder").asBoolean()).isTrue();
    }

    @Test
    void aCategoryNarrowsTheResultsAndPagesFollowIt() {
        String journey = BUYERS.signedIn();
        JsonNode toys = BUYERS.post(journey, "1688/searches", "{\"keyword\":\"children\",\"categoryId\":\"1005\"}", 200);
        assertThat(toys.path("offerIds").asText()).isEqualTo("610000000006,610000000008,610000000024");
        assertThat(toys.path("totalPages").asLong()).isEqualTo(1);
        JsonNode secondPage = BUYERS.post(journey, "1688/searches", "{\"keyword\":\"children\",\"categoryId\":\"1005\",\"page\":\"2\"}", 200);
        assertThat(secondPage.path("offerIds").asText()).isEmpty();
        assertThat(secondPage.path("page").asLong() + "/" + secondPage.path("totalRecords").asLong()).isEqualTo("2/3");
        JsonNode unknown = BUYERS.post(journey, "1688/searches", "{\"keyword\":\"children\",\"categoryId\":\"9999\"}", 400);
        assertThat(unknown.path("field").asText() + " / " + unknown.path("rule").asText()).isEqualTo("categoryId / known-category");
    }

    @Test
    void aProductLinkFindsItsOfferEvenWhereItIsNotSold() {
        String journey = BUYERS.signedIn();
        JsonNode linked = BUYERS.post(journey, "1688/searches",
                "{\"productLink\":\"https://detail.1688.com/offer/610000000004.html?spm=a26352\"}", 200);
        assertThat(linked.path("offerIds").asText()).isEqualTo("610000000004");
        assertThat(linked.path("availableOfferIds").asText()).isEmpty();
        assertThat(linked.path("offers").path(0).path("availableInRegion").asBoolean()).isFalse();
        JsonNode longLink = BUYERS.post(journey, "1688/searches", "{\"productLink\":\"https://detail.1688.com/offer/610000000001.html"
                + "?spm=" + "a2638t.b_30496503".repeat(20) + "\"}", 200);
        assertThat(longLink.path("availableOfferIds").asText()).isEqualTo(STAND);
    }

    @Test
    void aPhotoFindsTheOfferItShowsAndAnUnknownPhotoFindsNothing() {
        String journey = BUYERS.signedIn();
        JsonNode found = BUYERS.post(journey, "1688/searches", "{\"imageBase64\":\"data:image/png;base64,"
                + OrderingBuyers.pngShowing("phone-stand") + "\"}", 200);
        assertThat(found.path("offerIds").asText()).isEqualTo(STAND);
        JsonNode nothing = BUYERS.post(journey, "1688/searches", "{\"imageBase64\":\"" + OrderingBuyers.pngShowing("sunset") + "\"}", 200);
        assertThat(nothing.path("totalRecords").asLong()).isZero();
    }

    @Test
    void theProductPageShowsPriceVariantsStockShipFromAndReturns() {
        String journey = BUYERS.signedIn();
        JsonNode product = BUYERS.product(journey, "&offerId=" + STAND, 200);
        assertThat(product.path("result").asText() + " " + product.path("price").asText() + " " + product.path("currency").asText())
                .isEqualTo("product 20.00 CNY");
        assertThat(product.path("tierPrices").asText()).isEqualTo("1:20.00,100:18.50,1000:16.80");
        assertThat(product.path("variants").path(0).path("stock").asLong()).isEqualTo(14810);
        assertThat(product.path("specIds").asText()).startsWith("610000000001-gray,");
        assertThat(product.path("shipFrom").asText()).isEqualTo("Wenzhou, Zhejiang");
        assertThat(product.path("returnTerms").asText()).isEqualTo("7 days no reason return");
        assertThat(product.path("availableInRegion").asBoolean()).isTrue();
        assertThat(product.has("unavailableMessage")).isFalse();
        JsonNode byLink = BUYERS.product(journey, "&productLink=https%3A%2F%2Fdetail.1688.com%2Foffer%2F610000000001.html", 200);
        assertThat(byLink.path("offerId").asText()).isEqualTo(STAND);
    }

    @Test
    void anOfferNotSoldToMalaysiaSaysSoAndCannotBeOrdered() {
        String journey = BUYERS.signedIn();
        JsonNode product = BUYERS.product(journey, "&offerId=610000000004", 200);
        assertThat(product.path("availableInRegion").asBoolean()).isFalse();
        assertThat(product.path("region").asText()).isEqualTo("MY");
        assertThat(product.path("unavailableMessage").asText())
                .isEqualTo("This product is not currently available for purchase in the current country/region");
        JsonNode refused = BUYERS.post(journey, "1688/orders", ORDER.replace("610000000001", "610000000004")
                .replace("-gray", "-white") + "}", 422);
        assertThat(refused.path("error").asText() + " " + refused.path("offerId").asText() + " " + refused.path("region").asText())
                .isEqualTo("not-available-in-region 610000000004 MY");
        assertThat(BUYERS.progress(journey).path("steps").path("order").asText()).isEqualTo("todo");
    }

    @Test
    void aPreviewCostsTheOrderAndTheSameKeyPlacesOneOrder() {
        String journey = BUYERS.signedIn();
        JsonNode preview = BUYERS.post(journey, "1688/orders/previews", ORDER + "}", 200);
        assertThat(preview.toString()).contains("\"result\":\"order-preview\"", "\"unitPrice\":\"20.00\"", "\"goodsAmount\":\"40.00\"",
                "\"carriage\":\"25.00\"", "\"discount\":\"0.00\"", "\"total\":\"65.00\"", "\"currency\":\"CNY\"",
                "\"tradeType\":\"secured-transaction\"", "\"orderType\":\"normal\"");
        assertThat(BUYERS.progress(journey).path("steps").path("order").asText()).isEqualTo("todo");
        String keyed = ORDER + ",\"idempotencyKey\":\"order-key-1\"}";
        JsonNode placed = BUYERS.post(journey, "1688/orders", keyed, 201);
        assertThat(placed.path("orderId").asText()).matches("\\d{16}");
        assertThat(placed.path("status").asText() + " " + placed.path("total").asText()).isEqualTo("waiting-for-payment 65.00");
        assertThat(BUYERS.post(journey, "1688/orders", keyed, 201)).isEqualTo(placed);
        assertThat(BUYERS.progress(journey).path("steps").path("order").asText()).isEqualTo("done");
        JsonNode another = BUYERS.post(journey, "1688/orders", ORDER + ",\"idempotencyKey\":\"order-key-2\"}", 201);
        assertThat(another.path("orderId").asText()).isNotEqualTo(placed.path("orderId").asText());
    }

    @Test
    void anOrderNamingItsOwnPriceIsRefusedAndNothingIsOrdered() {
        String journey = BUYERS.signedIn();
        JsonNode refused = BUYERS.post(journey, "1688/orders", ORDER + ",\"unitPrice\":\"0.01\"}", 400);
        assertThat(refused.path("field").asText() + " " + refused.path("rule").asText()).isEqualTo("unitPrice set-by-the-provider");
        assertThat(BUYERS.progress(journey).path("steps").path("order").asText()).as("nothing ordered").isEqualTo("todo");
    }

    @Test
    void tiersTradeTermsAndRedPacketsReachTheSums() {
        String journey = BUYERS.signedIn();
        JsonNode preview = BUYERS.post(journey, "1688/orders/previews", ORDER.replace("\"quantity\":2", "\"quantity\":\"100\"")
                + ",\"tradeType\":\"bank\",\"orderType\":\"credit-term\",\"redPacketId\":\"RP-5-OFF-50\"}", 200);
        assertThat(preview.toString()).contains("\"unitPrice\":\"18.50\"", "\"goodsAmount\":\"1850.00\"", "\"discount\":\"5.00\"",
                "\"total\":\"1870.00\"", "\"tradeType\":\"bank\"", "\"orderType\":\"credit-term\"");
        JsonNode tooSmall = BUYERS.post(journey, "1688/orders", ORDER + ",\"redPacketId\":\"RP-20-OFF-300\"}", 422);
        assertThat(tooSmall.path("error").asText() + " " + tooSmall.path("minimumOrder").asText())
                .isEqualTo("red-packet-not-applicable 300.00");
    }

    @Test
    void tooManyOrTooFewPiecesAreRefusedWithWhatTheBuyerNeeds() {
        String journey = BUYERS.signedIn();
        JsonNode overStock = BUYERS.post(journey, "1688/orders", ORDER.replace("610000000001", "610000000003")
                .replace("-gray", "-black").replace("\"quantity\":2", "\"quantity\":6") + "}", 422);
        assertThat(overStock.path("error").asText() + " " + overStock.path("stock").asLong()).isEqualTo("quantity-exceeds-stock 5");
        JsonNode belowMinimum = BUYERS.post(journey, "1688/orders", ORDER.replace("610000000001", "610000000002")
                .replace("-gray", "-clear").replace("\"quantity\":2", "\"quantity\":5") + "}", 422);
        assertThat(belowMinimum.path("error").asText() + " " + belowMinimum.path("minOrderQuantity").asLong())
                .isEqualTo("quantity-below-minimum 10");
        assertThat(BUYERS.progress(journey).path("steps").path("order").asText()).isEqualTo("todo");
    }

    @ParameterizedTest(name = "[{index}] {0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "\"offerId\":\"\"                     | offerId             | required",
        "\"offerId\":\"619999999999\"         | offerId             | known-offer",
        "\"offerId\":\"stand\"                | offerId             | known-offer",
        "\"specId\":\"610000000002-clear\"    | specId              | known-variant",
        "\"quantity\":0                       | quantity            | whole-number-1-999999999",
        "\"quantity\":1.5                     | quantity            | whole-number-1-999999999",
        "\"quantity\":\"ten\"                 | quantity            | whole-number-1-999999999",
        "\"quantity\":1000000000              | quantity            | whole-number-1-999999999",
        "\"countryCode\":\"Malaysia\"         | countryCode         | iso-3166-alpha-2",
        "\"fullName\":\"  \"                  | fullName            | required",
        "\"logisticsSolutionId\":\"\"         | logisticsSolutionId | required",
        "\"logisticsSolutionId\":\"DHL\"      | logisticsSolutionId | one-of",
        "\"tradeType\":\"cash\"               | tradeType           | one-of",
        "\"orderType\":\"later\"              | orderType           | one-of",
        "\"redPacketId\":\"RP-FREE\"          | redPacketId         | known-red-packet"})
    void badOrdersNameTheFieldAndTheRuleAndPlaceNothing(String change, String field, String rule) {
        String journey = BUYERS.signedIn();
        String name = change.substring(1, change.indexOf('"', 1));
        boolean replaces = ORDER.contains("\"" + name + "\"");
        String body = (replaces ? ORDER.replaceFirst("\"" + name + "\":(\"[^\"]*\"|\\d+)", change) : ORDER + "," + change) + "}";
        for (String step : new String[] {"1688/orders/previews", "1688/orders"}) {
            JsonNode refused = BUYERS.post(journey, step, body, 400);
            assertThat(refused.path("field").asText() + " / " + refused.path("rule").asText()).isEqualTo(field + " / " + rule);
        }
        assertThat(BUYERS.progress(journey).path("steps").path("order").asText()).isEqualTo("todo");
    }

    @ParameterizedTest(name = "[{index}] {0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "{}                                                   | keyword     | exactly-one-of-keyword-link-image",
        "{\"keyword\":\"  \"}                                 | keyword     | exactly-one-of-keyword-link-image",
        "{\"keyword\":\"stand\",\"productLink\":\"610000000001\"} | keyword | exactly-one-of-keyword-link-image",
        "{\"productLink\":\"https://example.com/offer/1.html\"} | productLink | 1688-offer-link",
        "{\"productLink\":\"https://detail.1688.com/offer/619999999999.html\"} | productLink | known-offer",
        "{\"imageBase64\":\"not base64!\"}                    | imageBase64 | base64",
        "{\"imageBase64\":\"aGVsbG8gd29ybGQ=\"}               | imageBase64 | image-format",
        "{\"keyword\":\"stand\",\"region\":\"Malaysia\"}      | region      | iso-3166-alpha-2",
        "{\"keyword\":\"stand\",\"region\":\"my\"}            | region      | iso-3166-alpha-2",
        "{\"keyword\":\"stand\",\"page\":0}                   | page        | whole-number-1-100",
        "{\"keyword\":\"stand\",\"page\":101}                 | page        | whole-number-1-100",
        "{\"keyword\":\"stand\",\"page\":\"two\"}             | page        | whole-number-1-100"})
    void badSearchesNameTheFieldAndTheRule(String body, String field, String rule) {
        JsonNode refused = BUYERS.post(BUYERS.signedIn(), "1688/searches", body, 400);
        assertThat(refused.path("field").asText() + " / " + refused.path("rule").asText()).isEqualTo(field + " / " + rule);
    }

    @Test
    void aKeywordOfMoreThanAHundredCharactersIsRefused() {
        JsonNode refused = BUYERS.post(BUYERS.signedIn(), "1688/searches", "{\"keyword\":\"" + "a".repeat(101) + "\"}", 400);
        assertThat(refused.path("rule").asText()).isEqualTo("1-to-100-characters");
    }

    @Test
    void productPagesNeedAKnownOfferAndAGoodLink() {
        String journey = BUYERS.signedIn();
        assertThat(BUYERS.product(journey, "&offerId=619999999999", 400).path("rule").asText()).isEqualTo("known-offer");
        assertThat(BUYERS.product(journey, "&productLink=https%3A%2F%2Fexample.com", 400).path("rule").asText())
                .isEqualTo("1688-offer-link");
        assertThat(BUYERS.product(journey, "&offerId=" + STAND + "&region=Asia", 400).path("field").asText()).isEqualTo("region");
        assertThat(BUYERS.product(journey, "", 400).path("field").asText()).isEqualTo("offerId");
        assertThat(BUYERS.product("no-such-journey", "&offerId=" + STAND, 404).path("error").asText()).isEqualTo("journey-not-found");
        HttpResponse<String> noJourney = JsonHttp.get(RUNNING.app().baseUrl() + "/api/v1/1688/products?offerId=" + STAND);
        assertThat(noJourney.statusCode()).isEqualTo(400);
    }

    @Test
    void withoutA1688MemberEveryActionWaitsForIt() {
        String journey = BUYERS.journeyWithoutMember("60", "123469001");
        for (String step : new String[] {"1688/searches", "1688/orders/previews", "1688/orders"}) {
            String body = step.equals("1688/searches") ? "{\"keyword\":\"stand\"}" : ORDER + "}";
            assertThat(BUYERS.post(journey, step, body, 409).path("missingStep").asText()).isEqualTo("1688-sms-code");
        }
        assertThat(BUYERS.product(journey, "&offerId=" + STAND, 409).path("missingStep").asText()).isEqualTo("1688-sms-code");
    }

    @Test
    void theProductPageOffersTheOrderFormOnlyWhereTheProductIsSold() {
        String journey = BUYERS.signedIn();
        String base = RUNNING.app().baseUrl();
        HttpResponse<String> stand = JsonHttp.get(base + "/zh-CN/1688/products?journeyId=" + journey + "&offerId=" + STAND);
        assertThat(stand.statusCode()).isEqualTo(200);
        assertThat(stand.body()).contains("data-testid=\"price\"", "data-spec-id=\"610000000001-gray\"", "data-stock=\"14810\"",
                "data-testid=\"ship-from\"", "data-testid=\"return-terms\"", "data-form=\"1688/orders\"",
                "name=\"idempotencyKey\"", "value=\"610000000001\"", "折叠", "¥20.00/件");
        HttpResponse<String> charger = JsonHttp.get(base + "/ru/1688/products?journeyId=" + journey + "&offerId=610000000004");
        assertThat(charger.body()).contains("data-testid=\"not-available\"", "недоступен для покупки в текущей стране/регионе")
                .doesNotContain("data-form=\"1688/orders\"");
    }

    @Test
    void theSearchAndOrderPagesWorkInTheBuyersLanguage() {
        String journey = BUYERS.signedIn();
        String base = RUNNING.app().baseUrl();
        HttpResponse<String> results = JsonHttp.postPageForm(base + "/tr/journeys/" + journey + "/1688/searches",
                "keyword=phone+stand&region=&categoryId=&page=");
        assertThat(results.statusCode()).isEqualTo(200);
        assertThat(results.body()).contains("data-testid=\"offer\"", "data-id=\"610000000001\"", "data-available=\"true\"",
                "/tr/1688/products?journeyId=" + journey + "&amp;offerId=610000000001", "En çok tercih edilen ürünleri keşfedin");
        HttpResponse<String> placed = JsonHttp.postPageForm(base + "/en/journeys/" + journey + "/1688/orders",
                "offerId=610000000001&specId=610000000001-red&quantity=3&fullName=Nur+Aisyah&address=Petaling+Jaya"
                        + "&logisticsSolutionId=CAINIAO_GLOBAL_EXPRESS&idempotencyKey=page-key-1");
        assertThat(placed.statusCode()).isEqualTo(201);
        assertThat(placed.body()).contains("data-outcome=\"order-placed\"", "value=\"120.00\" hidden data-name=\"total\"");
        HttpResponse<String> refused = JsonHttp.postPageForm(base + "/en/journeys/" + journey + "/1688/orders",
                "offerId=610000000001&specId=610000000001-red&quantity=0&fullName=Nur&address=PJ&logisticsSolutionId=CAINIAO_GLOBAL_EXPRESS");
        assertThat(refused.body()).contains("data-field=\"quantity\"", "data-rule=\"whole-number-1-999999999\"");
    }
}
