package com.buyerjourneykit.simulator.member1688.commerce;

import java.time.Instant;
import java.util.Optional;

/**
 * A cross-border order of one member. Its status and payment change under the order's own lock,
 * so two payments of one order can never both happen.
 */
final class Order {
    private final String orderId;
    private final String memberId;
    private final OrderQuote quote;
    private final Instant createdAt;
    private final long placedAs;
    private OrderStatus status = OrderStatus.WAIT_BUYER_PAY;
    private Payment payment;

    Order(String orderId, String memberId, OrderQuote quote, Instant createdAt, long placedAs) {
        this.orderId = orderId;
        this.memberId = memberId;
        this.quote = quote;
        this.createdAt = createdAt;
        this.placedAs = placedAs;
    }

    /** The order's place in the sequence of all orders placed: the newest has the highest. */
    long placedAs() {
        return placedAs;
    }

    String orderId() {
        return orderId;
    }

    String memberId() {
        return memberId;
    }

    OrderQuote quote() {
        return quote;
    }

    Instant createdAt() {
        return createdAt;
    }

    synchronized OrderStatus status() {
        return status;
    }

    synchronized void moveTo(OrderStatus next) {
        status = next;
    }

    synchronized Optional<Payment> payment() {
        return Optional.ofNullable(payment);
    }

    /** Paid: the status moves on to waiting for the seller to ship. */
    synchronized void paid(Payment done) {
        payment = done;
        status = OrderStatus.WAIT_SELLER_SEND;
    }
}
