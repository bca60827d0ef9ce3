package com.buyerjourneykit.reference.sections.payment;

import com.buyerjourneykit.reference.journey.InvalidInput;
import com.buyerjourneykit.reference.journey.Inputs;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** What the buyer sent to pay, checked in the form's order before 1688 is asked (a malformed password costs no attempt). */
record PaymentForm(String orderId, PayMethod method, String paymentPassword, Optional<String> idempotencyKey) {
    static final int MAX_ID = 64;
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    /** Amounts a tampering client might send; the payment takes 1688's. */
    static final List<String> AMOUNTS = List.of("amount", "orderAmount", "fee", "serviceFee", "total");

    /** The payment's fields as the buyer sent them, read by name. */
    static PaymentForm read(UnaryOperator<String> sent) {
        Inputs.noAmountsGiven(sent, AMOUNTS);
        return read(sent.apply("orderId"), sent.apply("method"), sent.apply("paymentPassword"), sent.apply("idempotencyKey"));
    }

    static PaymentForm read(String orderId, String method, String paymentPassword, String idempotencyKey) {
        String order = orderId(orderId);
        PayMethod payMethod = PayMethod.of(method);
        if (paymentPassword == null || !SIX_DIGITS.matcher(paymentPassword).matches()) {
            throw new InvalidInput("paymentPassword", "six-digits", "paymentPassword must be exactly 6 digits");
        }
        return new PaymentForm(order, payMethod, paymentPassword, Inputs.idempotencyKey(idempotencyKey));
    }

    /** An order id 1688 could have issued; anything longer is no order of this buyer's. */
    static String orderId(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("orderId", "required", "orderId is required");
        }
        if (text.length() > MAX_ID) {
            throw unknownOrder();
        }
        return text;
    }

    static InvalidInput unknownOrder() {
        return new InvalidInput("orderId", "known-order", "1688 has no order with this orderId for this buyer");
    }


    /** Never the password: a form may end up in a log line. */
    @Override
    public String toString() {
        return "PaymentForm[orderId=" + orderId + ", method=" + method + ", paymentPassword=******]";
    }
}
