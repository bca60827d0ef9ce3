package com.buyerjourneykit.reference.sections.payment;

import com.buyerjourneykit.reference.journey.SectionRefusal;
import com.buyerjourneykit.reference.journey.ProviderUnavailable;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Supplier;

/**
 * 1688's cashier refusals as the buyer hears them. An order 1688 does not know for this member is
 * bad input ({@code orderId} {@code known-order}); a code this section does not expect is 1688
 * being unavailable. World Pay refused as not offered names the FAQ's reasons, which 1688's
 * checkout lists ({@code reasons} asks it only then).
 */
final class CashierRefusals {
    private CashierRefusals() {
    }

    static RuntimeException refusal(String api, JsonNode answer, Supplier<String> unavailableReasons) {
        String code = answer.path("code").asText();
        return switch (code) {
            case "ORDER_NOT_FOUND", "MEMBER_UNKNOWN" -> PaymentForm.unknownOrder();
            case "ORDER_ALREADY_PAID" -> new SectionRefusal(409, "order-already-paid", "this order is already paid");
            case "ORDER_NOT_PAYABLE" -> new SectionRefusal(422, "order-not-payable", "this order is not waiting for payment");
            case "PAY_WAY_NOT_OFFERED", "WORLD_PAY_NOT_ACTIVATED" -> new SectionRefusal(422, "method-not-offered",
                    "the cashier does not offer this payment method for this order")
                    .with("unavailableReasons", unavailableReasons.get());
            case "PAYMENT_PASSWORD_WRONG" -> new SectionRefusal(422, "payment-password-wrong", "the payment password is wrong")
                    .showing("remainingAttempts", answer.path("remainingAttempts").asLong());
            case "PAYMENT_PASSWORD_LOCKED" -> new SectionRefusal(422, "payment-password-locked",
                    "too many wrong payment passwords: the payment password is locked");
            case "BALANCE_NOT_ENOUGH" -> new SectionRefusal(422, "balance-not-enough",
                    "the CNH balance does not cover the order and its fees")
                    .showing("requiredAmount", Yuan.ofFen(answer.path("requiredAmount").asLong())).with("currency", "CNY");
            default -> new ProviderUnavailable("1688", api + " answered " + code);
        };
    }
}
