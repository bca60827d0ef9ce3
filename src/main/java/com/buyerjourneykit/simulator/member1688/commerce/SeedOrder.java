package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.InvalidControlField;
import com.buyerjourneykit.simulator.control.JsonControlTask;
import com.buyerjourneykit.simulator.member1688.Refusal;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * {@code POST /__admin/sim/1688/orders {"memberId","offerId","specId"?,"quantity"?,"status"?,"payWay"?,"countryCode"?}}:
 * an order of one line, as if the buyer had placed it (a secured transaction, standard cross-border
 * logistics) and, unless {@code status} is {@code waitbuyerpay}, paid it with {@code payWay} (card by
 * default). Set-up for scenarios about what comes after paying (the order list, the export, the
 * e-invoice): nothing is debited from WorldFirst. Answers {@code {"orderId","status"}}.
 */
final class SeedOrder extends JsonControlTask {
    private final CommerceState state;

    SeedOrder(CommerceState state) {
        this.state = state;
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        String memberId = ControlMember.of(body, state);
        BuyerAccount buyer = state.buyer(memberId);
        OrderForm form = SeededOrderForm.read(body, state.catalogue(), buyer);
        OrderQuote quote = priced(form);
        OrderStatus status = OrderStatus.of(body.optionalText("status").orElse(OrderStatus.WAIT_SELLER_SEND.code()))
                .orElseThrow(() -> new InvalidControlField("status", "one-of", "status must be one of " + OrderStatus.codes()));
        PayWay payWay = SeededOrderForm.payWay(body);
        Instant now = state.clock().nowFor(buyer.mobile());
        Order order = state.orders().add(memberId, quote, now);
        if (status != OrderStatus.WAIT_BUYER_PAY) {
            pay(order, payWay, now);
            order.moveTo(status);
        }
        return Replies.json(201, SimulatorJson.object().put("orderId", order.orderId()).put("status", status.code())
                .put("sumPayment", quote.totalFen()));
    }

    private OrderQuote priced(OrderForm form) {
        try {
            return OrderPricing.quote(form, state.catalogue());
        } catch (Refusal refusal) {
            throw new InvalidControlField("quantity", "orderable", refusal.getMessage());
        }
    }

    private void pay(Order order, PayWay payWay, Instant now) {
        FeeSchedule fees = state.catalogue().fees();
        long orderFen = order.quote().totalFen();
        FeeBreakdown breakdown = switch (payWay) {
            case CROSS_BORDER_PAY -> FeeBreakdown.of(orderFen, fees.worldPayRate(),
                    fees.serviceFeeRate(state.monthlyVolumes().of(order.memberId())));
            case CARD -> FeeBreakdown.of(orderFen, fees.cardRate(), BigDecimal.ZERO);
            case ALIPAY -> FeeBreakdown.of(orderFen, BigDecimal.ZERO, BigDecimal.ZERO);
        };
        order.paid(new Payment("pay-" + order.orderId(), "seeded-" + order.orderId(), payWay, breakdown, now));
    }
}
