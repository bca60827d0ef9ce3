package com.buyerjourneykit.reference.sections.payment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What 1688's cashier offers for one order (PAY-01..03, PAY-06): the methods in its order with their fees, and why World Pay is missing. */
record CashierOffer(String orderId, long orderFen, List<PaymentOption> options, List<Reason> reasons) {
    static final String API = "alibaba.trade.payWay.query";

    /** Asks the cashier; a refusal (an order this member does not have) is thrown. */
    static CashierOffer ask(CashierClient cashier, String memberId, String orderId) {
        JsonNode answer = cashier.payWays(memberId, orderId);
        if (!CashierClient.isSuccess(answer)) {
            throw CashierRefusals.refusal(API, answer, () -> "");
        }
        return of(answer.path("result"));
    }

    private static CashierOffer of(JsonNode result) {
        List<PaymentOption> options = new ArrayList<>();
        result.path("payWays").forEach(payWay -> options.add(PaymentOption.of1688(payWay)));
        List<Reason> reasons = new ArrayList<>();
        result.path("worldPayUnavailableReasons").forEach(reason -> UnavailableReason.of1688(reason.path("code").asText())
                .ifPresent(known -> reasons.add(new Reason(known.code(), known.faqReason(), reason.path("message").asText()))));
        return new CashierOffer(result.path("orderId").asText(), result.path("orderAmount").asLong(),
                options.stream().filter(option -> !option.method().isEmpty()).toList(), reasons);
    }

    boolean offersWorldPay() {
        return options.stream().anyMatch(option -> option.method().equals(PayMethod.WORLD_PAY.code()));
    }

    /** The offered methods, comma-separated, always in PAY-01's order: world-pay, card, alipay. */
    String methods() {
        List<String> offered = options.stream().map(PaymentOption::method).toList();
        return java.util.Arrays.stream(PayMethod.values()).map(PayMethod::code).filter(offered::contains)
                .collect(Collectors.joining(","));
    }

    String reasonCodes() {
        return reasons.stream().map(Reason::code).collect(Collectors.joining(","));
    }
}
