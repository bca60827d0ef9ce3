package com.buyerjourneykit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.reference.PaymentBuyers.Buyer;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Money under stress (issue 9, PAY-05, PAY-07), in process against the simulated 1688 and WorldFirst,
 * printing its figures. (1) 1,000 World Pay payments with faults injected at random on 1688's
 * payment call (5xx, resets, cut-off bodies, answers held past the app's timeout, results unknown,
 * outages longer than the app's retries, which the buyer repeats with the same key) and on
 * WorldFirst's debit behind it (its answer lost before or after the money moved): no order paid
 * twice, none lost, every CNH balance reconciles to the fen. (2) 100 concurrent payments against
 * one CNH balance: never below zero, the sum debited equals the sum of the orders paid.
 */
class PaymentsUnderStressTest {
    @RegisterExtension
    static final RunningReference RUNNING = new RunningReference("payments-under-stress-test", Duration.ofSeconds(1));
    private static final PaymentBuyers BUYERS = new PaymentBuyers(RUNNING, 126_500_000);
    private static final long ORDER_TOTAL_FEN = 4_545;
    private static final int BUYER_COUNT = 10;
    private static final int ORDERS_EACH = 100;
    private static final long CNH_EACH = 500_000;

    @Test
    void aThousandPaymentsUnderRandomFaultsPayEachOrderOnceAndEveryBalanceReconciles() throws Exception {
        List<Buyer> buyers = IntStream.range(0, BUYER_COUNT).mapToObj(i -> BUYERS.withWorldPay(CNH_EACH)).toList();
        FaultTally tally = new FaultTally();
        long started = System.nanoTime();
        List<BuyerRun> runs = inParallel(BUYER_COUNT, buyers.stream().<Callable<BuyerRun>>map(buyer -> () -> payAll(buyer, tally)).toList());
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        int reconciled = 0;
        List<String> paymentIds = new ArrayList<>();
        for (BuyerRun run : runs) {
            long debited = CNH_EACH - fen(BUYERS.balanceCnh(run.buyer()));
            assertThat(debited).as("debited from %s", run.buyer().memberId()).isEqualTo(run.paidFen());
            reconciled++;
            run.paymentIds().forEach((orderId, paymentId) -> {
                JsonNode order = BUYERS.orderAt1688(run.buyer(), orderId);
                assertThat(order.path("status").asText()).isEqualTo("waitsellersend");
                assertThat(order.path("payment").path("paymentId").asText()).isEqualTo(paymentId);
            });
            paymentIds.addAll(run.paymentIds().values());
        }
        String leftOver = JsonHttp.get(RUNNING.simulator().baseUrl() + "/__admin/sim/faults").body();
        System.out.printf("money under stress (1): %d payments by %d buyers in %d ms; faults injected (alibaba.trade.pay, WorldFirst debit): %s;"
                        + " unknown results %d; outages outlasting the app's %d retries %d (answered 503, repeated with the same key);"
                        + " repeated submissions %d; paid %d, distinct payments %d, double debits %d, lost payments %d;"
                        + " balances reconciled to the fen %d/%d%n",
                paymentIds.size(), BUYER_COUNT, elapsedMillis, tally.byKind(), tally.unknown.get(), 3, tally.outages.get(),
                tally.repeats.get(), paymentIds.size(), paymentIds.stream().distinct().count(),
                paymentIds.size() - paymentIds.stream().distinct().count(), BUYER_COUNT * ORDERS_EACH - paymentIds.size(),
                reconciled, BUYER_COUNT);
        assertThat(paymentIds).hasSize(BUYER_COUNT * ORDERS_EACH).doesNotHaveDuplicates();
        assertThat(leftOver).as("every injected fault fired").contains("\"faults\":[]");
    }

    @Test
    void aHundredConcurrentPaymentsNeverTakeOneBalanceBelowZero() throws Exception {
        long cnh = 200_000;
        Buyer buyer = BUYERS.withWorldPay(cnh);
        List<String> orders = IntStream.range(0, 100).mapToObj(i -> BUYERS.order(buyer)).toList();
        long started = System.nanoTime();
        List<HttpResponse<String>> answers = inParallel(32, orders.stream()
                .<Callable<HttpResponse<String>>>map(orderId -> () -> settled(buyer, orderId, "race-" + orderId, new FaultTally())).toList());
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        long paidFen = answers.stream().filter(answer -> answer.statusCode() == 201)
                .mapToLong(answer -> fen(JsonHttp.textField(answer.body(), "total"))).sum();
        long paid = answers.stream().filter(answer -> answer.statusCode() == 201).count();
        long refused = answers.stream().filter(answer -> answer.body().contains("\"error\":\"balance-not-enough\"")).count();
        long balance = fen(BUYERS.balanceCnh(buyer));
        System.out.printf("money under stress (2): 100 concurrent payments on one CNH balance of %s in %d ms: paid %d (%s CNH),"
                        + " refused balance-not-enough %d, balance after %s (never below zero), debited %s = paid %s%n",
                yuan(cnh), elapsedMillis, paid, yuan(paidFen), refused, yuan(balance), yuan(cnh - balance), yuan(paidFen));
        assertThat(balance).isNotNegative();
        assertThat(cnh - balance).isEqualTo(paidFen);
        assertThat(paid).isEqualTo(cnh / ORDER_TOTAL_FEN);
        assertThat(paid + refused).isEqualTo(100);
    }

    /** One buyer's orders, paid one after another, each with its faults armed first. */
    private static BuyerRun payAll(Buyer buyer, FaultTally tally) {
        Random random = new Random(buyer.memberId().hashCode());
        Map<String, String> paymentIds = new ConcurrentHashMap<>();
        long paidFen = 0;
        for (int i = 0; i < ORDERS_EACH; i++) {
            String orderId = BUYERS.order(buyer);
            tally.arm(buyer, orderId, random);
            String key = "stress-" + orderId;
            HttpResponse<String> paid = settled(buyer, orderId, key, tally);
            assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
            if (i % 10 == 0) {
                tally.repeats.incrementAndGet();
                assertThat(BUYERS.payRaw(buyer, orderId, key).body()).isEqualTo(paid.body());
            }
            paymentIds.put(orderId, JsonHttp.textField(paid.body(), "paymentId"));
            paidFen += fen(JsonHttp.textField(paid.body(), "total"));
        }
        return new BuyerRun(buyer, paymentIds, paidFen);
    }

    /** The buyer's payment, repeated with the same key while the app answers that 1688 is unavailable. */
    private static HttpResponse<String> settled(Buyer buyer, String orderId, String key, FaultTally tally) {
        HttpResponse<String> answer = BUYERS.payRaw(buyer, orderId, key);
        for (int repeat = 0; answer.statusCode() == 503 && repeat < 5; repeat++) {
            tally.outages.incrementAndGet();
            answer = BUYERS.payRaw(buyer, orderId, key);
        }
        return answer;
    }

    private record BuyerRun(Buyer buyer, Map<String, String> paymentIds, long paidFen) {
    }

    /** The faults armed at random before a payment, by kind, and what the buyer had to repeat. */
    private static final class FaultTally {
        private static final String[] KINDS = {"http-503", "http-500", "connection-reset", "malformed-body"};
        private final Map<String, AtomicLong> byKind = new ConcurrentHashMap<>();
        private final AtomicLong unknown = new AtomicLong();
        private final AtomicLong outages = new AtomicLong();
        private final AtomicLong repeats = new AtomicLong();

        void arm(Buyer buyer, String orderId, Random random) {
            int roll = random.nextInt(100);
            if (roll < 28) {
                return;
            }
            if (roll < 64) {
                fault(buyer, KINDS[random.nextInt(KINDS.length)], 1 + random.nextInt(3));
            } else if (roll < 67) {
                fault(buyer, "no-answer", 1);
            } else if (roll < 82) {
                BUYERS.control("/1688/unknown-payments", "{\"orderId\":\"" + orderId + "\"}");
                unknown.incrementAndGet();
                if (roll >= 78) {
                    fault(buyer, KINDS[random.nextInt(KINDS.length)], 1);
                }
            } else if (roll < 94) {
                debitFault(buyer, random.nextBoolean() ? "AFTER_DEBITING" : "BEFORE_DEBITING", 1 + random.nextInt(4));
            } else {
                fault(buyer, "http-503", 4 + random.nextInt(2));
            }
        }

        /** WorldFirst's answer to 1688's debit lost, before or after the money moved: 1688 answers PAYMENT_RESULT_UNKNOWN. */
        private void debitFault(Buyer buyer, String when, int times) {
            BUYERS.control("/worldfirst/world-pay-debit-faults", "{\"worldAccountId\":\"" + buyer.worldAccountId()
                    + "\",\"when\":\"" + when + "\",\"times\":" + times + "}");
            byKind.computeIfAbsent("worldfirst-debit-" + when.toLowerCase(java.util.Locale.ROOT), any -> new AtomicLong()).addAndGet(times);
        }

        private void fault(Buyer buyer, String kind, int times) {
            BUYERS.control("/faults", "{\"provider\":\"1688\",\"operation\":\"alibaba.trade.pay\",\"member\":\"" + buyer.memberId()
                    + "\",\"kind\":\"" + kind + "\",\"times\":" + times + ",\"delayMillis\":1500}");
            byKind.computeIfAbsent(kind, any -> new AtomicLong()).addAndGet(times);
        }

        String byKind() {
            return new java.util.TreeMap<>(byKind).toString();
        }
    }

    private static <T> List<T> inParallel(int threads, List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> result : pool.invokeAll(tasks)) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long fen(String yuan) {
        return new BigDecimal(yuan).movePointRight(2).longValueExact();
    }

    private static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
