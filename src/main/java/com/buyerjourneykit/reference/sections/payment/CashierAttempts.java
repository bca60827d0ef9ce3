package com.buyerjourneykit.reference.sections.payment;

import com.buyerjourneykit.reference.journey.ProviderUnavailable;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code alibaba.trade.pay} until 1688 gives an answer that settles it (PAY-07). A timeout, a reset,
 * a 5xx or {@code PAYMENT_RESULT_UNKNOWN} says nothing about the money, so the very same request id
 * is sent again, at once and at most {@link #RETRIES} times: the cashier answers the payment it made
 * under that id, or makes it now, never a second one. Any other answer (a wrong password too) is final.
 */
final class CashierAttempts {
    static final int RETRIES = 3;
    static final String API = "alibaba.trade.pay";
    private static final String UNKNOWN = "PAYMENT_RESULT_UNKNOWN";
    private final CashierClient cashier;

    CashierAttempts(CashierClient cashier) {
        this.cashier = cashier;
    }

    /** 1688's settled answer; when it stays unreachable or unsure, the buyer is told 1688 is unavailable and may repeat. */
    JsonNode pay(String memberId, PaymentForm form, String requestId) {
        ProviderUnavailable last = null;
        for (int attempt = 0; attempt <= RETRIES; attempt++) {
            try {
                JsonNode answer = cashier.pay(memberId, form, requestId);
                if (!UNKNOWN.equals(answer.path("code").asText())) {
                    return answer;
                }
                last = new ProviderUnavailable("1688", API + " answered " + UNKNOWN);
            } catch (ProviderUnavailable unavailable) {
                last = unavailable;
            }
        }
        throw last;
    }
}
