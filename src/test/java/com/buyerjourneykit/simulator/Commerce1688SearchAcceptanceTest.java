package com.buyerjourneykit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ORD-02..05 on a real simulator: search by keyword, link and image, filters, paging, the product page. */
class Commerce1688SearchAcceptanceTest {
    private static CommerceBuyer buyer;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void start() {
        buyer = new CommerceBuyer(new SimulatorHttp(SIMULATOR.baseUrl()), SIMULATOR.baseUrl());
    }

    @Test
    void aKeywordFindsOffersByTheirEnglishOrChineseSubject() {
        JsonNode english = keyword("{\"keyword\":\"phone stand\",\"country\":\"en\"}");
        assertThat(offerIds(english)).containsExactly("610000000001");
        assertThat(english.path("data").get(0).path("subjectTrans").asText()).isEqualTo("Foldable aluminium desktop phone stand");
        assertThat(english.path("data").get(0).path("priceInfo").path("price").asLong()).as("fen").isEqualTo(2000);

        JsonNode chinese = keyword("{\"keyword\":\"手机支架\",\"country\":\"zh\"}");
        assertThat(offerIds(chinese)).containsExactly("610000000001");
        assertThat(chinese.path("data").get(0).path("subjectTrans").asText()).isEqualTo("铝合金桌面手机支架 可折叠");
    }

    @Test
    void regionAndCategoryFilterTheResults() {
        JsonNode phoneAccessories = keyword("{\"keyword\":\"phone\",\"categoryId\":\"1001\"}");
        JsonNode soldToMalaysia = keyword("{\"keyword\":\"charger\",\"buyerRegion\":\"MY\"}");
        JsonNode soldToSingapore = keyword("{\"keyword\":\"charger\",\"buyerRegion\":\"SG\"}");

        assertThat(offerIds(phoneAccessories)).contains("610000000001", "610000000002").doesNotContain("610000000006");
        assertThat(offerIds(soldToMalaysia)).doesNotContain("610000000004");
        assertThat(offerIds(soldToSingapore)).contains("610000000004");
        assertThat(soldToSingapore.path("data").get(0).path("availableInRegion").asBoolean()).isTrue();
    }

    @Test
    void resultsComeInPages() {
        JsonNode first = keyword("{\"keyword\":\"phone\",\"pageSize\":2,\"beginPage\":1}");
        JsonNode second = keyword("{\"keyword\":\"phone\",\"pageSize\":2,\"beginPage\":2}");

        assertThat(first.path("totalRecords").asInt()).isGreaterThan(2);
        assertThat(first.path("totalPage").asInt()).isEqualTo((first.path("totalRecords").asInt() + 1) / 2);
        assertThat(offerIds(first)).hasSize(2).doesNotContainAnyElementsOf(offerIds(second));
    }

    @Test
    void badSearchInputNamesTheFieldAndRule() {
        assertInvalid(buyer.search("product.search.keywordQuery", "offerQueryParam", "{\"keyword\":\"x\",\"categoryId\":\"9999\"}"),
                "offerQueryParam.categoryId", "known-category");
        assertInvalid(buyer.search("product.search.keywordQuery", "offerQueryParam", "{\"keyword\":\"x\",\"pageSize\":51}"),
                "offerQueryParam.pageSize", "whole-number-1-50");
        assertInvalid(buyer.search("product.search.keywordQuery", "offerQueryParam", "{\"keyword\":\"x\",\"buyerRegion\":\"my\"}"),
                "offerQueryParam.buyerRegion", "iso-3166-alpha-2");
        assertInvalid(buyer.search("product.search.keywordQuery", "offerQueryParam", "{\"pageSize\":5}"),
                "offerQueryParam.keyword", "required");
        assertInvalid(buyer.search("product.search.keywordQuery", "offerQueryParam", "{\"keyword\":\"a\",\"keyword\":\"b\"}"),
                "offerQueryParam.keyword", "no-duplicate-keys");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://detail.1688.com/offer/610000000001.html",
        "https://detail.1688.com/offer/610000000001.html?spm=a2615.7691456&sk=consign",
        "detail.1688.com/offer/610000000001.html", "https://m.1688.com/offer/610000000001.html",
        "http://m.1688.com/offer/610000000001.htm", "https://s.1688.com/selloffer/offer_search.htm?offerId=610000000001",
        "610000000001"})
    void everyLinkForm1688UsesOpensTheProductPage(String link) {
        JsonNode product = detail("{\"productLink\":\"" + link + "\"}");
        assertThat(product.path("offerId").asText()).isEqualTo("610000000001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://detail.1688.com/offer/abc.html", "https://detail.taobao.com/offer/610000000001.html",
        "https://evil.example/detail.1688.com/offer/610000000001.html", "not a link"})
    void aMalformedLinkIsRefusedNamingTheField(String link) {
        assertInvalid(buyer.search("product.search.queryProductDetail", "offerDetailParam", "{\"productLink\":\"" + link + "\"}"),
                "offerDetailParam.productLink", "1688-offer-link");
    }

    @Test
    void theProductPageShowsWhatTheGuideShows() {
        JsonNode product = detail("{\"offerId\":\"610000000001\",\"buyerRegion\":\"HK\"}");

        assertThat(product.path("priceTiers").get(0).path("price").asLong()).isEqualTo(2000);
        assertThat(product.path("variants").findValuesAsText("colour")).containsExactly("Space Gray", "Excellent Red", "Dark Black");
        assertThat(product.path("variants").get(0).path("stock").asLong()).isEqualTo(14810);
        assertThat(product.path("shipFrom").asText()).isEqualTo("Wenzhou, Zhejiang");
        assertThat(product.path("returnTerms").asText()).isEqualTo("7 days no reason return");
        assertThat(product.path("supplier").path("acceptsWorldPay").asBoolean()).isTrue();
        assertThat(product.path("availableInRegion").asBoolean()).isTrue();
    }

    @Test
    void anOfferNotSoldToTheBuyersRegionSaysSo() {
        JsonNode product = detail("{\"offerId\":\"610000000004\",\"buyerRegion\":\"MY\"}");

        assertThat(product.path("availableInRegion").asBoolean()).isFalse();
        assertThat(product.path("unavailableMessage").asText())
                .isEqualTo("This product is not currently available for purchase in the current country/region");
    }

    @Test
    void anUnknownOfferIsRefused() {
        JsonNode answer = buyer.search("product.search.queryProductDetail", "offerDetailParam", "{\"offerId\":\"610000009999\"}").body();
        assertThat(answer.path("code").asText()).isEqualTo("OFFER_NOT_FOUND");
    }

    @Test
    void anUploadedImageFindsTheOffersItShows() {
        String imageId = upload(png("teddy-bear"));
        SimulatorHttp.Reply found = buyer.search("product.search.imageQuery", "offerQueryParam", "{\"imageId\":\"" + imageId + "\"}");
        SimulatorHttp.Reply elsewhere = buyer.search("product.search.imageQuery", "offerQueryParam",
                "{\"imageId\":\"" + imageId + "\",\"categoryId\":\"1001\"}");

        assertThat(offerIds(found.body().path("result"))).containsExactly("610000000007");
        assertThat(offerIds(elsewhere.body().path("result"))).isEmpty();
    }

    @Test
    void anImageNobodyRecognisesFindsNothingAndAnUnknownImageIdIsRefused() {
        String imageId = upload(png("nothing-we-sell"));
        JsonNode none = buyer.search("product.search.imageQuery", "offerQueryParam", "{\"imageId\":\"" + imageId + "\"}").body();
        JsonNode unknown = buyer.search("product.search.imageQuery", "offerQueryParam", "{\"imageId\":\"42\"}").body();

        assertThat(none.path("result").path("totalRecords").asInt()).isZero();
        assertThat(unknown.path("code").asText()).isEqualTo("IMAGE_NOT_FOUND");
    }

    @Test
    void anUploadThatIsNoImageIsRefusedNamingTheRule() {
        String text = Base64.getEncoder().encodeToString("hello".getBytes(StandardCharsets.UTF_8));
        assertInvalid(buyer.search("product.image.upload", "uploadImageParam", "{\"imageBase64\":\"" + text + "\"}"),
                "uploadImageParam.imageBase64", "image-format");
        assertInvalid(buyer.search("product.image.upload", "uploadImageParam", "{\"imageBase64\":\"%%%\"}"),
                "uploadImageParam.imageBase64", "base64");
    }

    static String upload(byte[] image) {
        SimulatorHttp.Reply uploaded = buyer.search("product.image.upload", "uploadImageParam",
                "{\"imageBase64\":\"" + Base64.getEncoder().encodeToString(image) + "\"}");
        assertThat(uploaded.body().path("success").asBoolean()).as(uploaded.body().toString()).isTrue();
        return uploaded.body().path("result").path("result").asText();
    }

    /** A PNG signature followed by a text chunk carrying the label: enough for the simulator's recognition. */
    static byte[] png(String label) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        bytes.writeBytes(("tEXtComment\0" + label).getBytes(StandardCharsets.ISO_8859_1));
        return bytes.toByteArray();
    }

    private static JsonNode keyword(String param) {
        SimulatorHttp.Reply reply = buyer.search("product.search.keywordQuery", "offerQueryParam", param);
        assertThat(reply.body().path("success").asBoolean()).as(reply.body().toString()).isTrue();
        return reply.body().path("result");
    }

    private static JsonNode detail(String param) {
        SimulatorHttp.Reply reply = buyer.search("product.search.queryProductDetail", "offerDetailParam", param);
        assertThat(reply.body().path("success").asBoolean()).as(reply.body().toString()).isTrue();
        return reply.body().path("result");
    }

    static List<String> offerIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("data").forEach(item -> ids.add(item.path("offerId").asText()));
        return ids;
    }

    static void assertInvalid(SimulatorHttp.Reply reply, String field, String rule) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(400);
        assertThat(reply.body().path("code").asText()).isEqualTo("PARAM_ILLEGAL");
        assertThat(reply.body().path("field").asText()).isEqualTo(field);
        assertThat(reply.body().path("rule").asText()).isEqualTo(rule);
    }
}
