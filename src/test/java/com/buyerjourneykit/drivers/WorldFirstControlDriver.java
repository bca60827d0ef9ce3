package com.buyerjourneykit.drivers;

import java.util.List;

/** What happens at the simulated WorldFirst beside the buyer: money arriving, rates, links elsewhere, notifications. */
public interface WorldFirstControlDriver {

    /** Money arrives at a receiving account ({@code value} in the currency's minor units): CREDITED or RETURNED. */
    String paymentReceived(String accountNo, String currency, String value);

    /** WorldFirst quotes a pair at this rate (4 decimals) from now on. */
    void setRate(String sellCurrency, String buyCurrency, String rate);

    /** The 1688 ID is linked to an Alipay International account (AUTH-07). */
    void linkToAlipayInternational(String alibaba1688Id);

    /** The buyer unlinks the 1688 ID there. */
    void unlinkFromAlipayInternational(String alibaba1688Id);

    /** The World Account's balance in a currency is set to {@code value} in its minor units (set-up for paying on 1688). */
    void setBalance(String worldAccountId, String currency, String value);

    /** A 1688 ID is authorised for World Pay under the World Account without the SMS flow (set-up for section 6). */
    void linkWorldPay(String worldAccountId, String alibaba1688Id);

    /** The World Account's next conversion answers U (unknown), {@code AFTER_CONVERTING} or {@code BEFORE_CONVERTING}. */
    void answerNextConversionUnknown(String worldAccountId, String when);

    /** WorldFirst's outbox: every notification with its status (PENDING, ACKNOWLEDGED, GIVEN_UP). */
    List<WorldFirstNotice> notifications();

    /** Sends the notifications due at the virtual now; answers those attempted. */
    List<WorldFirstNotice> dispatchDueNotifications();

    /** Where WorldFirst notifies a client, e.g. the app's {@code /api/v1/worldfirst/notifications}. */
    void registerNotifyUrl(String clientId, String notifyUrl);
}
