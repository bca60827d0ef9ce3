package com.buyerjourneykit.reference.sections.payment;

import com.buyerjourneykit.catalogue.ChosenRule;
import java.util.List;

/** The rules the seeds leave open for section 6 (paying on 1688), and what we chose, for the generated catalogue. */
public final class PaymentChoices {
    private PaymentChoices() {
    }

    public static List<ChosenRule> choices() {
        return List.of(
                new ChosenRule("Paying on 1688",
                        "One payment per order (PAY-07): the same `idempotencyKey` answers the kept payment; 1688 gets a "
                        + "`requestId` derived from journey + order + key (one per request without a key) and the app sends"
                        + " it again, at once and at most " + CashierAttempts.RETRIES + " times, after a timeout, a reset, a 5xx or "
                        + "`PAYMENT_RESULT_UNKNOWN`; then 503 (the buyer repeats with the same key). A wrong payment "
                        + "password is never retried; 5 wrong entries lock it (1688's count). `balance-not-enough` names "
                        + "`requiredAmount`, the order + fees (PAY-05). Amounts come from 1688 only: a payment or order "
                        + "that names one (`amount`, `orderAmount`, `fee`, `serviceFee`, `total`; `price`, `unitPrice`, "
                        + "`goodsAmount`, `carriage`, `discount`) is refused 400 with rule `set-by-the-provider` and "
                        + "nothing is ordered or paid, so a tampered total is never taken silently",
                        "PAY-04…07"));
    }
}
