package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.member1688.Refusal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Every order, by id; a member sees only its own ({@code ORDER_NOT_FOUND} for another's). */
final class Orders {
    private static final long SIXTEEN_DIGITS = 1_000_000_000_000_000L;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Order> byId = new ConcurrentHashMap<>();
    private final AtomicLong placed = new AtomicLong();

    Order add(String memberId, OrderQuote quote, Instant now) {
        Order order;
        do {
            order = new Order(Long.toString(SIXTEEN_DIGITS + random.nextLong(8 * SIXTEEN_DIGITS)), memberId, quote, now,
                    placed.incrementAndGet());
        } while (byId.putIfAbsent(order.orderId(), order) != null);
        return order;
    }

    Order of(String memberId, String orderId) {
        Order order = byId.get(orderId);
        if (order == null || !order.memberId().equals(memberId)) {
            throw notFound(orderId);
        }
        return order;
    }

    Order any(String orderId) {
        Order order = byId.get(orderId);
        if (order == null) {
            throw notFound(orderId);
        }
        return order;
    }

    /** The member's orders in the order they were placed (the virtual clock may stand still between two). */
    List<Order> ofMember(String memberId) {
        return byId.values().stream().filter(order -> order.memberId().equals(memberId))
                .sorted(Comparator.comparingLong(Order::placedAs)).toList();
    }

    void forgetAll() {
        byId.clear();
    }

    private static Refusal notFound(String orderId) {
        return new Refusal("ORDER_NOT_FOUND", "This member has no order " + orderId);
    }
}
