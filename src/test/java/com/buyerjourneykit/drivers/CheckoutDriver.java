package com.buyerjourneykit.drivers;

/** The 1688 checkout and the payment (guide section 6, the FAQ's payment rules), through some channel. */
public interface CheckoutDriver {

    /**
     * The checkout of one order: checkout (methods and unavailableReasons comma-separated,
     * worldPayOffered, the fees and totals of each offered method, and {@code reason.<code>} = what
     * the buyer is told for each unavailable reason) or a refusal.
     */
    Answer checkout(String journeyId, String orderId);

    /** "Enter your password and complete your order!": paid (paymentId, method, total, status, …) or a refusal. */
    Answer pay(String journeyId, PaymentInput payment);
}
