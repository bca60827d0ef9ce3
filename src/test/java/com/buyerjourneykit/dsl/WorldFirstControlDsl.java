package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.buyerjourneykit.drivers.WorldFirstControlDriver;
import com.buyerjourneykit.drivers.WorldFirstNotice;

/**
 * What happens at the simulated WorldFirst beside the buyer, in the guide's words: money arrives
 * at a receiving account, a balance is there already, World Pay is activated, WorldFirst quotes a rate, a 1688 ID is linked to Alipay International
 * (or unlinked there), a conversion's answer is lost; and whether WorldFirst's notice of the money
 * reached the system under test.
 */
public final class WorldFirstControlDsl {
    private final JourneyContext journey;
    private final MemberNameAliases names;
    private final WorldAccountRecords records;
    private String lastPayment;

    public WorldFirstControlDsl(JourneyContext journey, MemberNameAliases names, WorldAccountRecords records) {
        this.journey = journey;
        this.names = names;
        this.records = records;
    }

    /** {@code amount} of {@code currency} paid into the buyer's receiving account in {@code accountCurrency}. */
    public void paymentArrives(String amount, String currency, String accountCurrency) {
        String accountNo = records.accountNo(accountCurrency).orElseThrow(() -> new IllegalStateException(
                "The buyer has no " + accountCurrency + " receiving account in this scenario"));
        lastPayment = control().paymentReceived(accountNo, currency, MinorUnitAmounts.minorUnits(amount, currency));
    }

    /** Set-up for paying on 1688: the buyer's World Account holds this much in the currency. */
    public void balanceIs(String amount, String currency) {
        control().setBalance(records.worldAccountId(BuyersDsl.BUYER), currency, MinorUnitAmounts.minorUnits(amount, currency));
    }

    /** Set-up for paying on 1688: the 1688 ID is authorised for World Pay under the buyer's World Account, as section 4A ends. */
    public void activateWorldPay(String id) {
        control().linkWorldPay(records.worldAccountId(BuyersDsl.BUYER), names.nameOf(id));
    }

    public void quotes(String sellCurrency, String buyCurrency, String rate) {
        control().setRate(sellCurrency, buyCurrency, rate);
    }

    public void linkToAlipayInternational(String id) {
        control().linkToAlipayInternational(names.nameOf(id));
    }

    public void unlinkFromAlipayInternational(String id) {
        control().unlinkFromAlipayInternational(names.nameOf(id));
    }

    /** The next conversion goes through at WorldFirst, but its answer says only "U" (unknown). */
    public void nextConversionAnswersUnknownAfterConverting() {
        control().answerNextConversionUnknown(records.worldAccountId(BuyersDsl.BUYER), "AFTER_CONVERTING");
    }

    public void assertPaymentCredited() {
        assertThat(lastPayment).as("what WorldFirst did with the payment").isEqualTo("CREDITED");
    }

    public void assertPaymentReturned() {
        assertThat(lastPayment).as("what WorldFirst did with the payment").isEqualTo("RETURNED");
    }

    /** WorldFirst's FUNDS_RECEIVED notice for the account was acknowledged by the system under test, so it is not sent again. */
    public void assertFundsNoticeAcknowledged(String accountCurrency) {
        String accountNo = records.accountNo(accountCurrency).orElseThrow();
        assertThat(control().notifications()).as("WorldFirst's notices about receiving account %s", accountNo)
                .filteredOn(notice -> notice.accountNo().equals(accountNo))
                .extracting(WorldFirstNotice::notifyType, WorldFirstNotice::status)
                .containsOnly(tuple("FUNDS_RECEIVED", "ACKNOWLEDGED")).isNotEmpty();
    }

    private WorldFirstControlDriver control() {
        return journey.control(WorldFirstControlDriver.class);
    }
}
