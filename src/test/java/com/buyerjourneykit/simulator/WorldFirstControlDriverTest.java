package com.buyerjourneykit.simulator;

import static com.buyerjourneykit.simulator.WorldFirstBuyer.newMobile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.buyerjourneykit.drivers.WorldFirstControlDriver;
import com.buyerjourneykit.drivers.WorldFirstNotice;
import com.buyerjourneykit.drivers.simulator.SimulatorControls;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The harness's WorldFirst control driver against a real simulator: each call does at WorldFirst
 * what the scenarios of sections 4A and 4B say it does, seen through WorldFirst's own API.
 */
class WorldFirstControlDriverTest {
    private static WorldFirstBuyer buyer;
    private static WorldFirstClient client;
    private static WorldFirstNotifyReceiver receiver;
    private static WorldFirstControlDriver control;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void start() throws IOException {
        client = new WorldFirstClient(SIMULATOR.baseUrl());
        buyer = new WorldFirstBuyer(new SimulatorHttp(SIMULATOR.baseUrl()), client);
        receiver = new WorldFirstNotifyReceiver();
        control = SimulatorControls.over(SIMULATOR.baseUrl()).driver(WorldFirstControlDriver.class).orElseThrow();
        control.registerNotifyUrl(WorldFirstClient.CLIENT_ID, receiver.url());
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @Test
    void moneyInTheAccountsCurrencyIsCreditedAndNotifiedAndOtherMoneyReturned() {
        String account = buyer.seededWorldAccount(newMobile(), null);
        String accountNo = buyer.receivingAccount(account, "CNH");
        assertThat(control.paymentReceived(accountNo, "CNH", "25000")).isEqualTo("CREDITED");
        assertThat(control.paymentReceived(accountNo, "USD", "10000")).isEqualTo("RETURNED");
        assertThat(buyer.balance(account, "CNH")).isEqualTo(25000);
        assertThat(control.notifications()).filteredOn(notice -> notice.accountNo().equals(accountNo))
                .extracting(WorldFirstNotice::notifyType, WorldFirstNotice::status, WorldFirstNotice::attempts)
                .containsExactly(tuple("FUNDS_RECEIVED", "ACKNOWLEDGED", 1));
        assertThat(control.dispatchDueNotifications()).noneMatch(notice -> notice.accountNo().equals(accountNo));
    }

    @Test
    void aRateSetByTheHarnessIsTheRateWorldFirstQuotes() {
        control.setRate("GBP", "JPY", "190.1250");
        assertThat(client.call("fund/inquiryRate", "{\"sellCurrency\":\"GBP\",\"buyCurrency\":\"JPY\"}").body()
                .path("rate").asText()).isEqualTo("190.1250");
    }

    @Test
    void aLinkToAlipayInternationalRefusesTheAuthorisationUntilUnlinked() {
        String mobile = newMobile();
        String account = buyer.seededWorldAccount(mobile, null);
        String id = buyer.member1688("ctl" + mobile.substring(mobile.length() - 6), true);
        control.linkToAlipayInternational(id);
        assertThat(buyer.startAuthorisation(account, id).code()).isEqualTo("LINKED_TO_ALIPAY_INTERNATIONAL");
        control.unlinkFromAlipayInternational(id);
        assertThat(buyer.authorise(account, mobile, id).code()).isEqualTo("SUCCESS");
    }

    @Test
    void theNextConversionAnswersUnknownButHasConverted() {
        String account = buyer.fundedWorldAccount(newMobile(), "SGD", "100000");
        control.answerNextConversionUnknown(account, "AFTER_CONVERTING");
        String quoteId = client.call("fund/createQuote", "{\"worldAccountId\":\"" + account + "\",\"sellCurrency\":\"SGD\","
                + "\"buyCurrency\":\"CNH\",\"sellAmount\":{\"currency\":\"SGD\",\"value\":\"10000\"}}").body()
                .path("quote").path("quoteId").asText();
        WorldFirstClient.Answer applied = client.call("fund/applyQuote", "{\"requestId\":\"ctl-1\",\"worldAccountId\":\""
                + account + "\",\"quoteId\":\"" + quoteId + "\"}");
        assertThat(applied.status()).isEqualTo("U");
        assertThat(buyer.balance(account, "CNH")).isEqualTo(54560);
    }
}
