package com.buyerjourneykit.simulator;

import static com.buyerjourneykit.simulator.WorldFirstBuyer.newMobile;
import static com.buyerjourneykit.simulator.WorldFirstGatewayAcceptanceTest.assertFailed;
import static com.buyerjourneykit.simulator.WorldFirstGatewayAcceptanceTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** TOP-01…04 on a real simulator: receiving accounts, balances, payments received and their signed notifications. */
class WorldFirstReceivingAccountAcceptanceTest {
    static final List<String> CURRENCIES = List.of(
            "CNH", "USD", "SGD", "HKD", "GBP", "EUR", "AUD", "JPY", "NZD", "CAD", "MYR", "THB", "IDR", "PHP");
    private static SimulatorHttp http;
    private static WorldFirstBuyer buyer;
    private static WorldFirstClient client;
    private static WorldFirstNotifyReceiver receiver;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void start() throws IOException {
        http = new SimulatorHttp(SIMULATOR.baseUrl());
        client = new WorldFirstClient(SIMULATOR.baseUrl());
        buyer = new WorldFirstBuyer(http, client);
        receiver = new WorldFirstNotifyReceiver();
        assertThat(http.post("/__admin/sim/worldfirst/clients", "{\"clientId\":\"" + WorldFirstClient.CLIENT_ID
                + "\",\"notifyUrl\":\"" + receiver.url() + "\"}", "application/json").status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @Test
    void theCnhPreviewShowsTheBankAndMethodsAndCreatesNothing() {
        String account = buyer.seededWorldAccount(newMobile(), null);
        WorldFirstClient.Answer preview = client.call("receivingAccount/preview", "{\"worldAccountId\":\"" + account
                + "\",\"currency\":\"CNH\",\"accountName\":\"1688 purchases\"}");
        JsonNode shown = preview.body().path("receivingAccount");
        assertThat(shown.path("accountName").asText()).isEqualTo("1688 purchases");
        assertThat(shown.path("bankName").asText()).isEqualTo("JP Morgan Chase");
        assertThat(shown.path("bankLocation").asText()).isEqualTo("Hong Kong");
        assertThat(shown.path("collectedCurrencies").toString()).isEqualTo("[\"CNH\"]");
        assertThat(shown.path("otherCurrencies").asText()).isEqualTo("RETURNED");
        assertThat(shown.path("paymentMethods").toString())
                .contains("\"method\":\"GIRO/ACH\"").contains("\"method\":\"CHATS\"").contains("\"arrival\":\"0-1 days\"");
        assertThat(shown.has("accountNo")).isFalse();
        assertThat(balances(account)).isEmpty();
    }

    @Test
    void everyOneOfTheFourteenCurrenciesIsCreatedInstantly() {
        String account = buyer.seededWorldAccount(newMobile(), null);
        for (String currency : CURRENCIES) {
            WorldFirstClient.Answer created = client.call("receivingAccount/create", "{\"requestId\":\"r-" + currency
                    + "\",\"worldAccountId\":\"" + account + "\",\"currency\":\"" + currency + "\",\"accountName\":\"n\"}");
            assertThat(created.body().path("receivingAccount").path("status").asText()).isEqualTo("ACTIVE");
            assertThat(created.body().path("receivingAccount").path("accountNo").asText()).matches("\\d{12}");
        }
        assertThat(balances(account)).containsExactlyInAnyOrderElementsOf(CURRENCIES.stream().map(c -> c + "=0").toList());
    }

    @Test
    void aRetriedCreateAnswersTheFirstAccountAndAChangedBodyIsRefused() {
        String account = buyer.seededWorldAccount(newMobile(), null);
        String body = "{\"requestId\":\"create-1\",\"worldAccountId\":\"" + account + "\",\"currency\":\"SGD\",\"accountName\":\"A\"}";
        String first = client.call("receivingAccount/create", body).body().path("receivingAccount").path("accountNo").asText();
        assertThat(client.call("receivingAccount/create", body).body().path("receivingAccount").path("accountNo").asText())
                .isEqualTo(first);
        assertFailed(client.call("receivingAccount/create", body.replace("\"A\"", "\"B\"")), "REPEAT_REQ_INCONSISTENT");
        assertThat(balances(account)).containsExactly("SGD=0");
    }

    @Test
    void unknownCurrenciesAndBadNamesAreRefusedAndCreateNothing() {
        String account = buyer.seededWorldAccount(newMobile(), null);
        assertFailed(create(account, "XYZ", "n"), "CURRENCY_NOT_SUPPORT");
        assertFailed(create(account, "KRW", "n"), "CURRENCY_NOT_SUPPORT");
        assertInvalid(create(account, "sgd", "n"), "currency", "iso-4217-code");
        assertInvalid(create(account, "SGD", "x".repeat(41)), "accountName", "max-length-40");
        assertInvalid(create(account, "SGD", " "), "accountName", "required");
        assertThat(balances(account)).isEmpty();
    }

    @Test
    void fundsInTheAccountsCurrencyAreCreditedAndTheAppIsNotifiedWithASignedNotification() {
        String account = buyer.seededWorldAccount(newMobile(), null);
        String cnh = buyer.receivingAccount(account, "CNH");
        int before = receiver.received().size();
        JsonNode paid = buyer.paymentReceived(cnh, "CNH", "150000");
        assertThat(paid.path("status").asText()).isEqualTo("CREDITED");
        assertThat(paid.path("notificationStatus").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(buyer.balance(account, "CNH")).isEqualTo(150000);

        WorldFirstNotifyReceiver.Received notice = receiver.received().get(before);
        assertThat(notice.signedByWorldFirst()).isTrue();
        assertThat(notice.body().path("notifyType").asText()).isEqualTo("FUNDS_RECEIVED");
        assertThat(notice.body().path("accountNo").asText()).isEqualTo(cnh);
        assertThat(notice.body().path("amount").toString()).isEqualTo("{\"currency\":\"CNH\",\"value\":\"150000\"}");
        assertThat(notice.body().path("notificationId").asText()).as("so a second payment of the same amount is told apart")
                .isEqualTo(paid.path("notificationId").asText()).startsWith("ntf-");
    }

    @Test
    void aCnhAccountReturnsOtherCurrencies() {
        String account = buyer.seededWorldAccount(newMobile(), null);
        String cnh = buyer.receivingAccount(account, "CNH");
        int before = receiver.received().size();
        assertThat(buyer.paymentReceived(cnh, "USD", "10000").path("status").asText()).isEqualTo("RETURNED");
        assertThat(balances(account)).containsExactly("CNH=0");
        assertThat(receiver.received()).hasSize(before);
    }

    @Test
    void anUnacknowledgedNotificationIsSentAgainOnTheScheduleUntilItIsAcknowledged() {
        String account = buyer.seededWorldAccount(newMobile(), null);
        String sgd = buyer.receivingAccount(account, "SGD");
        receiver.acknowledging(false);
        try {
            String id = buyer.paymentReceived(sgd, "SGD", "2500").path("notificationId").asText();
            assertThat(notification(id).path("status").asText()).isEqualTo("PENDING");
            assertThat(notification(id).path("attempts").asInt()).isEqualTo(1);
            assertThat(dispatch()).as("not due before 2 minutes").doesNotContain(id);

            buyer.advanceClock(120);
            assertThat(dispatch()).contains(id);
            assertThat(notification(id).path("attempts").asInt()).isEqualTo(2);

            receiver.acknowledging(true);
            buyer.advanceClock(600);
            assertThat(dispatch()).contains(id);
            assertThat(notification(id).path("status").asText()).isEqualTo("ACKNOWLEDGED");
            assertThat(notification(id).path("attempts").asInt()).isEqualTo(3);
        } finally {
            receiver.acknowledging(true);
        }
        assertThat(buyer.balance(account, "SGD")).as("credited once").isEqualTo(2500);
    }

    @Test
    void afterSevenRetriesWorldFirstGivesUp() {
        String account = buyer.seededWorldAccount(newMobile(), null);
        String usd = buyer.receivingAccount(account, "USD");
        receiver.acknowledging(false);
        try {
            String id = buyer.paymentReceived(usd, "USD", "100").path("notificationId").asText();
            for (int seconds : new int[] {120, 600, 600, 3600, 7200, 21600, 54000}) {
                buyer.advanceClock(seconds);
                assertThat(dispatch()).contains(id);
            }
            assertThat(notification(id).path("status").asText()).isEqualTo("GIVEN_UP");
            assertThat(notification(id).path("attempts").asInt()).isEqualTo(8);
        } finally {
            receiver.acknowledging(true);
        }
    }

    @Test
    void aPaymentReceivedNamesItsBrokenField() {
        String account = buyer.seededWorldAccount(newMobile(), null);
        String cnh = buyer.receivingAccount(account, "CNH");
        assertControlInvalid("{\"accountNo\":\"" + cnh + "\",\"currency\":\"CNH\",\"value\":\"-5\"}", "value", "positive");
        assertControlInvalid("{\"accountNo\":\"" + cnh + "\",\"currency\":\"CNH\",\"value\":\"1.50\"}", "value", "whole-minor-units");
        assertControlInvalid("{\"accountNo\":\"" + cnh + "\",\"currency\":\"XYZ\",\"value\":\"5\"}", "currency", "supported-currency");
        assertControlInvalid("{\"accountNo\":\"000000000000\",\"currency\":\"CNH\",\"value\":\"5\"}", "accountNo", "receiving-account");
        assertThat(balances(account)).containsExactly("CNH=0");
    }

    private static void assertControlInvalid(String json, String field, String rule) {
        WorldFirstGatewayAcceptanceTest.assertControlRefused(http, "payments-received", json, field, rule);
    }

    private static WorldFirstClient.Answer create(String account, String currency, String name) {
        return client.call("receivingAccount/create", "{\"requestId\":\"bad-" + currency + name.length() + "\",\"worldAccountId\":\""
                + account + "\",\"currency\":\"" + currency + "\",\"accountName\":\"" + name + "\"}");
    }

    private static List<String> balances(String account) {
        List<String> shown = new ArrayList<>();
        client.call("account/inquiryBalance", "{\"worldAccountId\":\"" + account + "\"}").body().path("accountBalances")
                .forEach(entry -> shown.add(entry.path("currency").asText() + "=" + entry.path("availableBalance").path("value").asText()));
        return shown;
    }

    private static JsonNode notification(String id) {
        for (JsonNode notification : http.get("/__admin/sim/worldfirst/notifications").body().path("notifications")) {
            if (notification.path("notificationId").asText().equals(id)) {
                return notification;
            }
        }
        throw new AssertionError("no notification " + id);
    }

    private static List<String> dispatch() {
        List<String> attempted = new ArrayList<>();
        http.post("/__admin/sim/worldfirst/notification-dispatches", "", "application/json").body().path("notifications")
                .forEach(notification -> attempted.add(notification.path("notificationId").asText()));
        return attempted;
    }
}
