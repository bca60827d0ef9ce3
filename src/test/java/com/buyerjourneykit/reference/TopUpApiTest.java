package com.buyerjourneykit.reference;

import static com.buyerjourneykit.reference.TopUpBuyers.fact;
import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.reference.TopUpBuyers.Buyer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Guide section 4B through the reference REST API against a real simulated WorldFirst: accounts, balances, quotes, conversions. */
class TopUpApiTest {
    @RegisterExtension
    static final RunningReference RUNNING = new RunningReference("top-up-api-test");
    private static final TopUpBuyers BUYERS = new TopUpBuyers(RUNNING, 5000);
    private static final String SGD_QUOTE = "{\"sellCurrency\":\"SGD\",\"buyCurrency\":\"CNH\",\"sellAmount\":\"100.00\"}";

    @Test
    void aPreviewShowsTheBankAndWhatIsCollectedAndCreatesNothing() {
        Buyer buyer = BUYERS.withWorldAccount();
        JsonNode preview = BUYERS.post(buyer, "worldfirst/receiving-accounts/previews",
                "{\"currency\":\"CNH\",\"accountName\":\"My CNH\"}", 200);
        assertThat(preview.toString()).contains("\"result\":\"receiving-account-preview\"", "\"bankName\":\"JP Morgan Chase\"",
                "\"bankLocation\":\"Hong Kong\"", "\"collectedCurrencies\":\"CNH\"", "\"otherCurrencies\":\"RETURNED\"",
                "\"paymentMethods\":\"GIRO/ACH, CHATS\"", "\"arrivalDays\":\"0-1\"");
        assertThat(BUYERS.balances(buyer).toString()).isEqualTo("{\"result\":\"balances\",\"balanceCNH\":\"0.00\"}");
    }

    @Test
    void theSameKeyCreatesOneAccountAndAnswersTheSameAndTheNextStepIsCnh() {
        Buyer buyer = BUYERS.withEverythingBeforeTopUp();
        String body = "{\"currency\":\"SGD\",\"accountName\":\"Shop SGD\",\"idempotencyKey\":\"key-1\"}";
        JsonNode first = BUYERS.post(buyer, "worldfirst/receiving-accounts", body, 201);
        JsonNode again = BUYERS.post(buyer, "worldfirst/receiving-accounts", body, 201);
        assertThat(again).isEqualTo(first);
        assertThat(fact(first, "accountNo")).matches("\\d{12}");
        assertThat(fact(first, "status")).isEqualTo("ACTIVE");
        assertThat(BUYERS.balances(buyer).toString()).contains("\"balanceCNH\":\"0.00\"", "\"balanceSGD\":\"0.00\"");
        assertThat(BUYERS.progress(buyer).path("next").asText()).isEqualTo("cnh-conversion");
        BUYERS.post(buyer, "worldfirst/receiving-accounts", "{\"currency\":\"USD\",\"accountName\":\"Shop USD\"}", 201);
    }

    @Test
    void aConfirmedQuoteConvertsOnceAndTheCnhStepIsDone() {
        Buyer buyer = BUYERS.withSgd(10_000);
        JsonNode quote = BUYERS.post(buyer, "worldfirst/quotes", SGD_QUOTE, 201);
        assertThat(quote.toString()).contains("\"rate\":\"5.4560\"", "\"sellAmount\":\"100.00\"", "\"buyAmount\":\"545.60\"",
                "\"expiresInSeconds\":60");
        String conversion = "{\"quoteId\":\"" + fact(quote, "quoteId") + "\",\"idempotencyKey\":\"convert-1\"}";
        JsonNode converted = BUYERS.post(buyer, "worldfirst/conversions", conversion, 201);
        assertThat(converted.toString()).contains("\"result\":\"converted\"", "\"buyAmount\":\"545.60\"", "\"balanceCNH\":\"545.60\"");
        assertThat(BUYERS.post(buyer, "worldfirst/conversions", conversion, 201)).isEqualTo(converted);
        assertThat(BUYERS.balances(buyer).toString()).contains("\"balanceCNH\":\"545.60\"", "\"balanceSGD\":\"0.00\"");
        assertThat(BUYERS.progress(buyer).path("steps").path("top-up-cnh").asText()).isEqualTo("done");
    }

    @ParameterizedTest(name = "[{index}] WorldFirst answers U {0}")
    @CsvSource({"AFTER_CONVERTING", "BEFORE_CONVERTING"})
    void anUnknownOutcomeIsAskedAboutAndConvertsOnce(String when) {
        Buyer buyer = BUYERS.withSgd(10_000);
        String quoteId = fact(BUYERS.post(buyer, "worldfirst/quotes", SGD_QUOTE, 201), "quoteId");
        BUYERS.control("/worldfirst/unknown-conversions", "{\"worldAccountId\":\"" + buyer.worldAccountId() + "\",\"when\":\"" + when + "\"}");
        JsonNode converted = BUYERS.post(buyer, "worldfirst/conversions", "{\"quoteId\":\"" + quoteId + "\"}", 201);
        assertThat(fact(converted, "balanceCNH")).isEqualTo("545.60");
        assertThat(BUYERS.balances(buyer).toString()).contains("\"balanceCNH\":\"545.60\"", "\"balanceSGD\":\"0.00\"");
    }

    @Test
    void anExpiredQuoteAndTooLittleMoneyAreRefusedAndChangeNothing() {
        Buyer buyer = BUYERS.withSgd(5_000);
        String tooMuch = fact(BUYERS.post(buyer, "worldfirst/quotes", SGD_QUOTE, 201), "quoteId");
        assertThat(BUYERS.post(buyer, "worldfirst/conversions", "{\"quoteId\":\"" + tooMuch + "\"}", 422).path("error").asText())
                .isEqualTo("balance-not-enough");
        String quote = fact(BUYERS.post(buyer, "worldfirst/quotes", SGD_QUOTE.replace("100.00", "10.00"), 201), "quoteId");
        BUYERS.control("/clock/advance", "{\"seconds\":60,\"phone\":\"+60" + buyer.mobile() + "\"}");
        assertThat(BUYERS.post(buyer, "worldfirst/conversions", "{\"quoteId\":\"" + quote + "\"}", 422).path("error").asText())
                .isEqualTo("quote-expired");
        assertThat(BUYERS.balances(buyer).toString()).contains("\"balanceCNH\":\"0.00\"", "\"balanceSGD\":\"50.00\"");
        assertThat(BUYERS.progress(buyer).path("next").asText()).isEqualTo("cnh-conversion");
    }

    @ParameterizedTest(name = "[{index}] {0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "\"sellAmount\":\"abc\"                  | sellAmount   | number",
        "\"sellAmount\":\"1e3\"                  | sellAmount   | number",
        "\"sellAmount\":\"0\"                    | sellAmount   | positive",
        "\"sellAmount\":\"-5.00\"                | sellAmount   | positive",
        "\"sellAmount\":\"1.234\"                | sellAmount   | decimals-of-the-currency",
        "\"sellAmount\":\"1234567890123456\"     | sellAmount   | at-most-15-digits",
        "\"sellAmount\":\"\"                     | sellAmount   | required",
        "\"sellAmount\":\"1\",\"buyAmount\":\"5\" | buyAmount    | sellAmount-or-buyAmount",
        "\"sellAmount\":\"0.0001\"               | sellAmount   | decimals-of-the-currency"})
    void badAmountsNameTheFieldAndTheRule(String amount, String field, String rule) {
        Buyer buyer = BUYERS.withWorldAccount();
        JsonNode refused = BUYERS.post(buyer, "worldfirst/quotes", "{\"sellCurrency\":\"SGD\",\"buyCurrency\":\"CNH\"," + amount + "}", 400);
        assertThat(fact(refused, "field") + " / " + fact(refused, "rule")).isEqualTo(field + " / " + rule);
    }

    @Test
    void currenciesAreThreeCapitalsAndOnesWorldFirstTakes() {
        Buyer buyer = BUYERS.withWorldAccount();
        JsonNode lower = BUYERS.post(buyer, "worldfirst/quotes", SGD_QUOTE.replace("\"SGD\"", "\"sgd\""), 400);
        assertThat(fact(lower, "field") + " / " + fact(lower, "rule")).isEqualTo("sellCurrency / iso-4217-code");
        assertThat(fact(BUYERS.post(buyer, "worldfirst/quotes", SGD_QUOTE.replace("\"SGD\"", "\"KRW\"").replace("100.00", "100"),
                422), "error")).isEqualTo("currency-not-supported");
        assertThat(fact(BUYERS.post(buyer, "worldfirst/quotes", SGD_QUOTE.replace("\"SGD\"", "\"XYZ\""), 422), "error"))
                .isEqualTo("currency-not-supported");
        assertThat(fact(BUYERS.post(buyer, "worldfirst/receiving-accounts/previews",
                "{\"currency\":\"KRW\",\"accountName\":\"Won\"}", 422), "error")).isEqualTo("currency-not-supported");
        JsonNode jpy = BUYERS.post(buyer, "worldfirst/quotes", "{\"sellCurrency\":\"JPY\",\"buyCurrency\":\"CNH\",\"sellAmount\":\"10.5\"}", 400);
        assertThat(fact(jpy, "rule")).isEqualTo("decimals-of-the-currency");
    }

    @Test
    void jpyHasNoDecimalsAndRoundsHalfEven() {
        Buyer buyer = BUYERS.withWorldAccount();
        BUYERS.control("/worldfirst/rates", "{\"sellCurrency\":\"SGD\",\"buyCurrency\":\"JPY\",\"rate\":\"113.6500\"}");
        JsonNode quote = BUYERS.post(buyer, "worldfirst/quotes", "{\"sellCurrency\":\"SGD\",\"buyCurrency\":\"JPY\",\"sellAmount\":\"10.00\"}", 201);
        assertThat(fact(quote, "buyAmount") + " " + fact(quote, "rate")).isEqualTo("1136 113.6500");
    }

    @Test
    void withoutAWorldAccountOrAReceivingAccountTheStepsWait() {
        Buyer stranger = BUYERS.withoutWorldAccount();
        assertThat(fact(BUYERS.post(stranger, "worldfirst/receiving-accounts", "{\"currency\":\"CNH\",\"accountName\":\"A\"}", 409),
                "missingStep")).isEqualTo("world-account");
        Buyer buyer = BUYERS.withWorldAccount();
        assertThat(fact(BUYERS.post(buyer, "worldfirst/conversions", "{\"quoteId\":\"qt-1\"}", 409), "missingStep"))
                .isEqualTo("receiving-account");
        HttpResponse<String> balances = JsonHttp.get(RUNNING.app().baseUrl() + "/api/v1/worldfirst/balances?journeyId=" + stranger.journeyId());
        assertThat(balances.statusCode()).isEqualTo(409);
    }

    @Test
    void pagesCarryAHiddenKeyAndShowTheGuideInTheBuyersLanguage() {
        Buyer buyer = BUYERS.withWorldAccount();
        String base = RUNNING.app().baseUrl();
        HttpResponse<String> form = JsonHttp.get(base + "/ru/journeys/" + buyer.journeyId() + "/worldfirst/receiving-accounts");
        assertThat(form.body()).contains("data-form=\"worldfirst/receiving-accounts\"", "name=\"idempotencyKey\"",
                "Дайте имя вашей учетной записи");
        HttpResponse<String> created = JsonHttp.postPageForm(base + "/zh-CN/journeys/" + buyer.journeyId()
                + "/worldfirst/receiving-accounts", "currency=CNH&accountName=Shop&idempotencyKey=page-key-1");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("data-outcome=\"receiving-account-created\"", "您的收款账户已即时创建");
        HttpResponse<String> balances = JsonHttp.get(base + "/tr/worldfirst/balances?journeyId=" + buyer.journeyId());
        assertThat(balances.body()).contains("data-currency=\"CNH\"", "data-amount=\"0.00\"", "1688 platformu");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"worldfirst/receiving-accounts/previews", "worldfirst/receiving-accounts", "worldfirst/quotes", "worldfirst/conversions"})
    void everyStepHasItsFormInEveryLanguage(String step) {
        Buyer buyer = BUYERS.withWorldAccount();
        for (String language : new String[] {"en", "ru", "tr", "zh-CN"}) {
            HttpResponse<String> page = JsonHttp.get(RUNNING.app().baseUrl() + "/" + language + "/journeys/" + buyer.journeyId() + "/" + step);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            assertThat(page.body()).contains("data-form=\"" + step + "\"", "data-testid=\"submit\"");
        }
    }

    @Test
    void onPagesTheBuyerPreviewsQuotesAndConfirms() {
        Buyer buyer = BUYERS.withSgd(10_000);
        String journey = RUNNING.app().baseUrl() + "/en/journeys/" + buyer.journeyId() + "/worldfirst/";
        HttpResponse<String> preview = JsonHttp.postPageForm(journey + "receiving-accounts/previews", "currency=CNH&accountName=Yuan");
        assertThat(preview.body()).contains("data-outcome=\"receiving-account-preview\"", "JP Morgan Chase", "GIRO/ACH, CHATS");
        HttpResponse<String> quote = JsonHttp.postPageForm(journey + "quotes",
                "sellCurrency=SGD&sellAmount=100.00&buyCurrency=CNH&buyAmount=");
        assertThat(quote.body()).contains("data-outcome=\"quote-offered\"", "1 SGD = 5.4560 CNH", "data-testid=\"confirm-conversion\"");
        String quoteId = quote.body().replaceAll("(?s).*name=\"quoteId\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> converted = JsonHttp.postPageForm(journey + "conversions", "quoteId=" + quoteId + "&idempotencyKey=page-1");
        assertThat(converted.statusCode()).isEqualTo(201);
        assertThat(converted.body()).contains("data-outcome=\"converted\"", "CNH balance: 545.60");
    }
}
