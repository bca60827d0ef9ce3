package com.buyerjourneykit.reference.sections.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.buyerjourneykit.reference.journey.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Section 5's input rules, checked before 1688 is asked: each refusal names the field and the rule. */
class OrderingInputRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://detail.1688.com/offer/610000000001.html", "detail.1688.com/offer/610000000001.html",
        "http://m.1688.com/offer/610000000001.htm?spm=a2615", "https://detail.1688.com/offer/610000000001.html#reviews",
        "https://global.1688.com/product?offerId=610000000001&lang=en", " https://detail.1688.com/offer/610000000001.html "})
    void productLinksAsBuyersCopyThemNameTheOffer(String link) {
        assertThat(OfferLink.offerIdOf("productLink", link)).isEqualTo("610000000001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/offer/610000000001.html", "https://detail.1688.com.evil.com/offer/610000000001.html",
        "https://detail.1688.com/offer/abc.html", "610000000001", "phone stand", "javascript:alert(1)"})
    void otherLinksAreNot1688OfferLinks(String link) {
        refused(() -> OfferLink.offerIdOf("productLink", link), "productLink", "1688-offer-link");
    }

    @Test
    void anOfferIdIsDigits() {
        assertThat(OfferLink.offerId("offerId", " 610000000001 ")).isEqualTo("610000000001");
        refused(() -> OfferLink.offerId("offerId", "stand"), "offerId", "known-offer");
        refused(() -> OfferLink.offerId("offerId", " "), "offerId", "required");
    }

    @Test
    void aSearchImageIsBase64OfAPngJpegGifOrWebp() {
        String png = base64(new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2});
        assertThat(SearchImage.read("data:image/png;base64," + png)).isEqualTo(png);
        assertThat(SearchImage.read(base64(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))).isNotEmpty();
        assertThat(SearchImage.read(base64("GIF89a".getBytes(StandardCharsets.US_ASCII)))).isNotEmpty();
        assertThat(SearchImage.read(base64("RIFF0000WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)))).isNotEmpty();
        refused(() -> SearchImage.read("%%%"), "imageBase64", "base64");
        refused(() -> SearchImage.read(base64("<svg/>".getBytes(StandardCharsets.US_ASCII))), "imageBase64", "image-format");
        refused(() -> SearchImage.read(base64("RIFF0000WAVE".getBytes(StandardCharsets.US_ASCII))), "imageBase64", "image-format");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"0", "-1", "1.5", "ten", "101", "1e2", "99999999999999"})
    void aPageIsAWholeNumberFromOneToAHundred(String page) {
        refused(() -> WholeNumbers.read("page", page, 1, 100), "page", "whole-number-1-100");
    }

    @Test
    void aBlankNumberIsNotGiven() {
        assertThat(WholeNumbers.read("page", " ", 1, 100)).isNull();
        assertThat(WholeNumbers.read("quantity", "999999999", 1, 999_999_999)).isEqualTo(999_999_999L);
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource({"+60123456789, MY", "+6591234567, SG", "+66812345678, TH", "+905321234567, TR", "+79161234567, RU",
        "+8613812345678, CN"})
    void theRegionDefaultsToTheMobilesCountry(String mobile, String region) {
        assertThat(BuyerRegion.ofMobile(mobile)).isEqualTo(region);
    }

    @Test
    void aChosenRegionIsAnIsoCountry() {
        assertThat(BuyerRegion.chosen("region", " SG ")).contains("SG");
        assertThat(BuyerRegion.chosen("region", "")).isEmpty();
        refused(() -> BuyerRegion.chosen("region", "sg"), "region", "iso-3166-alpha-2");
        refused(() -> BuyerRegion.chosen("region", "ZZ"), "region", "iso-3166-alpha-2");
        refused(() -> BuyerRegion.chosen("countryCode", "MYS"), "countryCode", "iso-3166-alpha-2");
    }

    @Test
    void aSearchIsByExactlyOneOfKeywordLinkAndImage() {
        refused(() -> SearchQuery.read(null, null, null, null, null, null), "keyword", "exactly-one-of-keyword-link-image");
        refused(() -> SearchQuery.read("stand", "610000000001", null, null, null, null), "keyword",
                "exactly-one-of-keyword-link-image");
        refused(() -> SearchQuery.read("x".repeat(101), null, null, null, null, null), "keyword", "1-to-100-characters");
        SearchQuery query = SearchQuery.read(" phone stand ", "", " ", "SG", "1001", "2");
        assertThat(query).isEqualTo(new SearchQuery(SearchQuery.By.KEYWORD, "phone stand", java.util.Optional.of("SG"),
                java.util.Optional.of("1001"), 2));
    }

    @Test
    void anOrderHasItsDefaultsAndItsRequiredFields() {
        Map<String, String> fields = new java.util.HashMap<>(Map.of("offerId", "610000000001", "specId", "610000000001-gray",
                "quantity", "2", "fullName", "Nur", "address", "PJ", "logisticsSolutionId", "CAINIAO_GLOBAL_STANDARD"));
        OrderForm order = OrderForm.read(fields::get);
        assertThat(order.tradeType() + " " + order.orderType() + " " + order.chosenRegion() + " " + order.redPacketId())
                .isEqualTo("secured-transaction normal Optional.empty Optional.empty");
        assertThat(OrderParameters.of(order, new Buyer("b2b-1", "+60123456789", "MY")))
                .containsEntry("tradeType", "assureTrade").containsEntry("orderType", "normal")
                .containsEntry("cargoParamList", "[{\"offerId\":\"610000000001\",\"specId\":\"610000000001-gray\",\"quantity\":2}]");
        fields.remove("quantity");
        refused(() -> OrderForm.read(fields::get), "quantity", "required");
        fields.put("quantity", "2");
        fields.put("orderType", "credit");
        refused(() -> OrderForm.read(fields::get), "orderType", "one-of");
    }

    @Test
    void fenAreShownAsYuanWithTwoDecimals() {
        assertThat(Yuan.ofFen(2000)).isEqualTo("20.00");
        assertThat(Yuan.ofFen(5)).isEqualTo("0.05");
        assertThat(Yuan.ofFen(10_000_000_00L)).isEqualTo("10000000.00");
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static void refused(ThrowingCallable reading, String field, String rule) {
        assertThatThrownBy(reading).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.field() + " / " + invalid.rule()).isEqualTo(field + " / " + rule));
    }
}
