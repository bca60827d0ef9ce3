package com.buyerjourneykit.simulator;

import static com.buyerjourneykit.simulator.WorldFirstBuyer.e164;
import static com.buyerjourneykit.simulator.WorldFirstBuyer.newMobile;
import static com.buyerjourneykit.simulator.WorldFirstGatewayAcceptanceTest.assertFailed;
import static com.buyerjourneykit.simulator.WorldFirstGatewayAcceptanceTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TOP-05/06 on a real simulator: rates, quotes on the virtual clock, exact conversion, idempotency and U. */
class WorldFirstConversionAcceptanceTest {
    private static SimulatorHttp http;
    private static WorldFirstBuyer buyer;
    private static WorldFirstClient client;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void start() {
        http = new SimulatorHttp(SIMULATOR.baseUrl());
        client = new WorldFirstClient(SIMULATOR.baseUrl());
        buyer = new WorldFirstBuyer(http, client);
    }

    @Test
    void theDefaultRateIsTheGuidesOneSgdFor54560Cnh() {
        WorldFirstClient.Answer rate = client.call("fund/inquiryRate", "{\"sellCurrency\":\"SGD\",\"buyCurrency\":\"CNH\"}");
        assertThat(rate.body().path("currencyPair").asText()).isEqualTo("SGD/CNH");
        assertThat(rate.body().path("rate").asText()).isEqualTo("5.4560");
    }

    @Test
    void convertingSgdToCnhDebitsAndCreditsExactlyAndTheQuoteShowsTheRate() {
        String mobile = newMobile();
        String account = buyer.fundedWorldAccount(mobile, "SGD", "50000");
        JsonNode quote = quote(account, "SGD", "CNH", "sellAmount", "SGD", "10000");
        assertThat(quote.path("quotePrice").asText()).isEqualTo("5.4560");
        assertThat(quote.path("buyAmount").toString()).isEqualTo("{\"currency\":\"CNH\",\"value\":\"54560\"}");
        assertThat(quote.path("quoteExpiryTime").asText()).isEqualTo("2026-01-05T01:01:00Z");

        WorldFirstClient.Answer applied = apply(account, "convert-1", quote.path("quoteId").asText());
        assertThat(applied.code()).isEqualTo("SUCCESS");
        assertThat(applied.body().path("conversion").path("status").asText()).isEqualTo("SUCCESS");
        assertThat(buyer.balance(account, "SGD")).isEqualTo(40000);
        assertThat(buyer.balance(account, "CNH")).isEqualTo(54560);
    }

    @Test
    void aBuyAmountIsMetBySellingTheRoundedAmount() {
        String account = buyer.fundedWorldAccount(newMobile(), "SGD", "50000");
        JsonNode quote = quote(account, "SGD", "CNH", "buyAmount", "CNH", "10000");
        assertThat(quote.path("sellAmount").path("value").asText()).as("100.00 / 5.4560 = 18.3284…").isEqualTo("1833");
        assertThat(quote.path("buyAmount").path("value").asText()).isEqualTo("10000");
    }

    @ParameterizedTest(name = "10.00 SGD at {0} → {1} JPY")
    @CsvSource({"113.6250, 1136", "113.6500, 1136", "113.7500, 1138", "113.6560, 1137"})
    void jpyHasNoMinorUnitAndRoundsHalfEven(String rate, String yen) {
        setRate("SGD", "JPY", rate);
        String account = buyer.fundedWorldAccount(newMobile(), "SGD", "1000");
        JsonNode quote = quote(account, "SGD", "JPY", "sellAmount", "SGD", "1000");
        assertThat(quote.path("buyAmount").path("value").asText()).isEqualTo(yen);
        apply(account, "jpy-" + rate, quote.path("quoteId").asText());
        assertThat(buyer.balance(account, "JPY")).isEqualTo(Long.parseLong(yen));
        assertThat(buyer.balance(account, "SGD")).isZero();
    }

    @ParameterizedTest(name = "{1} CNH minor units at {0} → {2} IDR minor units")
    @CsvSource({"2245.1235, 100, 224512", "2245.1250, 4, 8980", "2245.1250, 6, 13471"})
    void idrKeepsTwoDecimalsAndRoundsHalfEven(String rate, String cnhMinor, String idrMinor) {
        setRate("CNH", "IDR", rate);
        String account = buyer.fundedWorldAccount(newMobile(), "CNH", cnhMinor);
        JsonNode quote = quote(account, "CNH", "IDR", "sellAmount", "CNH", cnhMinor);
        assertThat(quote.path("buyAmount").path("value").asText()).isEqualTo(idrMinor);
    }

    @Test
    void aQuoteExpiresAfterSixtySecondsOnTheBuyersClockAndChangesNothing() {
        String mobile = newMobile();
        String account = buyer.fundedWorldAccount(mobile, "SGD", "10000");
        String early = quote(account, "SGD", "CNH", "sellAmount", "SGD", "5000").path("quoteId").asText();
        String late = quote(account, "SGD", "CNH", "sellAmount", "SGD", "5000").path("quoteId").asText();
        advanceFor(mobile, 59);
        assertThat(apply(account, "in-time", early).code()).isEqualTo("SUCCESS");
        advanceFor(mobile, 1);
        assertFailed(apply(account, "too-late", late), "QUOTE_EXPIRED");
        assertThat(buyer.balance(account, "SGD")).isEqualTo(5000);
        assertThat(buyer.balance(account, "CNH")).isEqualTo(27280);
    }

    @Test
    void aShortBalanceIsRefusedAndChangesNothing() {
        String account = buyer.fundedWorldAccount(newMobile(), "SGD", "999");
        String quoteId = quote(account, "SGD", "CNH", "sellAmount", "SGD", "1000").path("quoteId").asText();
        assertFailed(apply(account, "short", quoteId), "BALANCE_NOT_ENOUGH");
        assertThat(buyer.balance(account, "SGD")).isEqualTo(999);
        assertThat(buyer.balance(account, "CNH")).isZero();
    }

    @Test
    void aRetriedConversionConvertsOnceAndAChangedBodyIsRefused() {
        String account = buyer.fundedWorldAccount(newMobile(), "SGD", "10000");
        String quoteId = quote(account, "SGD", "CNH", "sellAmount", "SGD", "4000").path("quoteId").asText();
        String other = quote(account, "SGD", "CNH", "sellAmount", "SGD", "1000").path("quoteId").asText();
        WorldFirstClient.Answer first = apply(account, "retry-me", quoteId);
        WorldFirstClient.Answer again = apply(account, "retry-me", quoteId);
        assertThat(again.body().path("conversion")).isEqualTo(first.body().path("conversion"));
        assertFailed(apply(account, "retry-me", other), "REPEAT_REQ_INCONSISTENT");
        assertFailed(apply(account, "another-id", quoteId), "QUOTE_ALREADY_APPLIED");
        assertThat(buyer.balance(account, "SGD")).isEqualTo(6000);
    }

    @Test
    void aConversionAnsweredUnknownIsFoundByItsRequestIdAndNeverConvertsTwice() {
        String account = buyer.fundedWorldAccount(newMobile(), "SGD", "10000");
        String quoteId = quote(account, "SGD", "CNH", "sellAmount", "SGD", "10000").path("quoteId").asText();
        answerUnknownNext(account, "AFTER_CONVERTING");
        WorldFirstClient.Answer unknown = apply(account, "lost-line", quoteId);
        assertThat(unknown.status()).isEqualTo("U");
        assertThat(unknown.code()).isEqualTo("UNKNOWN_EXCEPTION");

        WorldFirstClient.Answer found = inquiry(account, "lost-line");
        assertThat(found.body().path("conversion").path("status").asText()).isEqualTo("SUCCESS");
        WorldFirstClient.Answer retried = apply(account, "lost-line", quoteId);
        assertThat(retried.code()).isEqualTo("SUCCESS");
        assertThat(retried.body().path("conversion")).isEqualTo(found.body().path("conversion"));
        assertThat(buyer.balance(account, "SGD")).isZero();
        assertThat(buyer.balance(account, "CNH")).isEqualTo(54560);
    }

    @Test
    void aConversionUnknownBeforeConvertingIsNotFoundAndTheRetryConvertsOnce() {
        String account = buyer.fundedWorldAccount(newMobile(), "SGD", "10000");
        String quoteId = quote(account, "SGD", "CNH", "sellAmount", "SGD", "10000").path("quoteId").asText();
        answerUnknownNext(account, "BEFORE_CONVERTING");
        assertThat(apply(account, "never-arrived", quoteId).status()).isEqualTo("U");
        assertFailed(inquiry(account, "never-arrived"), "ORDER_NOT_EXIST");
        assertThat(buyer.balance(account, "SGD")).isEqualTo(10000);

        assertThat(apply(account, "never-arrived", quoteId).code()).isEqualTo("SUCCESS");
        assertThat(apply(account, "never-arrived", quoteId).code()).isEqualTo("SUCCESS");
        assertThat(buyer.balance(account, "SGD")).isZero();
        assertThat(buyer.balance(account, "CNH")).isEqualTo(54560);
    }

    @ParameterizedTest(name = "sellAmount {0}/{1} → {2}/{3}")
    @CsvSource(delimiter = '|', value = {
        "SGD | \"-100\"               | sellAmount.value    | positive",
        "SGD | \"0\"                  | sellAmount.value    | positive",
        "SGD | \"10.5\"               | sellAmount.value    | whole-minor-units",
        "JPY | \"1.0\"                | sellAmount.value    | whole-minor-units",
        "SGD | \"ten\"                | sellAmount.value    | number",
        "SGD | \"1234567890123456\"   | sellAmount.value    | at-most-15-digits",
        "SGD | 100                    | sellAmount.value    | string",
        "sgd | \"100\"                | sellAmount.currency | iso-4217-code",
        "CNH | \"100\"                | sellAmount.currency | matches-pair"})
    void malformedAmountsAreRefusedNamingTheFieldAndTheRule(String currency, String value, String field, String rule) {
        String account = buyer.fundedWorldAccount(newMobile(), "SGD", "10000");
        String sellCurrency = "JPY".equals(currency) ? "JPY" : "SGD";
        WorldFirstClient.Answer answer = client.call("fund/createQuote", "{\"worldAccountId\":\"" + account
                + "\",\"sellCurrency\":\"" + sellCurrency + "\",\"buyCurrency\":\"CNH\",\"sellAmount\":{\"currency\":\""
                + currency + "\",\"value\":" + value + "}}");
        assertInvalid(answer, field, rule);
        assertThat(buyer.balance(account, "SGD")).isEqualTo(10000);
    }

    @Test
    void unknownCurrenciesAndBrokenPairsAreRefused() {
        String account = buyer.fundedWorldAccount(newMobile(), "SGD", "10000");
        WorldFirstClient.Answer unknown = client.call("fund/createQuote", "{\"worldAccountId\":\"" + account
                + "\",\"sellCurrency\":\"XYZ\",\"buyCurrency\":\"CNH\",\"sellAmount\":{\"currency\":\"XYZ\",\"value\":\"100\"}}");
        assertFailed(unknown, "CURRENCY_NOT_SUPPORT");
        assertThat(unknown.body().path("result").path("field").asText()).isEqualTo("sellCurrency");
        assertFailed(client.call("fund/inquiryRate", "{\"sellCurrency\":\"SGD\",\"buyCurrency\":\"KRW\"}"), "CURRENCY_NOT_SUPPORT");
        assertInvalid(client.call("fund/inquiryRate", "{\"sellCurrency\":\"SGD\",\"buyCurrency\":\"SGD\"}"),
                "buyCurrency", "differs-from-sellCurrency");
        assertInvalid(client.call("fund/createQuote", "{\"worldAccountId\":\"" + account + "\",\"sellCurrency\":\"SGD\","
                + "\"buyCurrency\":\"CNH\"}"), "sellAmount", "sellAmount-or-buyAmount");
        assertInvalid(quoteAnswer(account, "CNH", "JPY", "sellAmount", "CNH", "1"), "sellAmount.value",
                "converts-to-at-least-one-minor-unit");
        assertFailed(apply(account, "no-such-quote", "qt-unknown"), "ORDER_NOT_EXIST");
    }

    @Test
    void settingARateNamesItsBrokenField() {
        assertRateInvalid("{\"sellCurrency\":\"SGD\",\"buyCurrency\":\"CNH\",\"rate\":\"5.45601\"}", "rate", "positive-4-decimals");
        assertRateInvalid("{\"sellCurrency\":\"SGD\",\"buyCurrency\":\"CNH\",\"rate\":\"0\"}", "rate", "positive-4-decimals");
        assertRateInvalid("{\"sellCurrency\":\"XYZ\",\"buyCurrency\":\"CNH\",\"rate\":\"1\"}", "sellCurrency", "supported-currency");
        assertThat(client.call("fund/inquiryRate", "{\"sellCurrency\":\"SGD\",\"buyCurrency\":\"CNH\"}").body()
                .path("rate").asText()).isEqualTo("5.4560");
    }

    private static void assertRateInvalid(String json, String field, String rule) {
        WorldFirstGatewayAcceptanceTest.assertControlRefused(http, "rates", json, field, rule);
    }

    private static void setRate(String sell, String buy, String rate) {
        assertThat(http.post("/__admin/sim/worldfirst/rates", "{\"sellCurrency\":\"" + sell + "\",\"buyCurrency\":\"" + buy
                + "\",\"rate\":\"" + rate + "\"}", "application/json").status()).isEqualTo(200);
    }

    private static JsonNode quote(String account, String sell, String buy, String side, String currency, String value) {
        WorldFirstClient.Answer answer = quoteAnswer(account, sell, buy, side, currency, value);
        assertThat(answer.code()).as(answer.body().toString()).isEqualTo("SUCCESS");
        return answer.body().path("quote");
    }

    private static WorldFirstClient.Answer quoteAnswer(String account, String sell, String buy, String side, String currency,
            String value) {
        return client.call("fund/createQuote", "{\"worldAccountId\":\"" + account + "\",\"sellCurrency\":\"" + sell
                + "\",\"buyCurrency\":\"" + buy + "\",\"" + side + "\":{\"currency\":\"" + currency + "\",\"value\":\"" + value + "\"}}");
    }

    private static WorldFirstClient.Answer apply(String account, String requestId, String quoteId) {
        return client.call("fund/applyQuote", "{\"requestId\":\"" + requestId + "\",\"worldAccountId\":\"" + account
                + "\",\"quoteId\":\"" + quoteId + "\"}");
    }

    private static WorldFirstClient.Answer inquiry(String account, String requestId) {
        return client.call("fund/inquiryConversion", "{\"worldAccountId\":\"" + account + "\",\"requestId\":\"" + requestId + "\"}");
    }

    private static void answerUnknownNext(String account, String when) {
        assertThat(http.post("/__admin/sim/worldfirst/unknown-conversions", "{\"worldAccountId\":\"" + account
                + "\",\"when\":\"" + when + "\"}", "application/json").status()).isEqualTo(200);
    }

    private static void advanceFor(String mobile, int seconds) {
        http.post("/__admin/sim/clock/advance", "{\"seconds\":" + seconds + ",\"phone\":\"" + e164(mobile) + "\"}",
                "application/json");
    }
}
