package com.buyerjourneykit.simulator;

import static com.buyerjourneykit.simulator.CommerceBuyer.GUIDE_OFFER;
import static com.buyerjourneykit.simulator.CommerceBuyer.GUIDE_SPEC;
import static com.buyerjourneykit.simulator.CommerceBuyer.PASSWORD;
import static com.buyerjourneykit.simulator.CommerceBuyer.cargo;
import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.simulator.CommerceBuyer.Member;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PAY-07 and PAY-05 under concurrency, over HTTP: one order paid at once by many attempts debits
 * once; a hundred orders paid at once against one CNH balance never take it below zero, and the sum
 * taken equals the sum of the orders paid.
 */
class Commerce1688ConcurrentPaymentAcceptanceTest {
    private static final long WITH_FEES = 4545;
    private static CommerceBuyer buyer;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void start() {
        buyer = new CommerceBuyer(new SimulatorHttp(SIMULATOR.baseUrl()), SIMULATOR.baseUrl());
    }

    @Test
    void twentyConcurrentAttemptsOnOneOrderPayItOnce() throws Exception {
        Member member = buyer.worldPayMember(100_000);
        String orderId = buyer.order(member.memberId(), cargo(GUIDE_OFFER, GUIDE_SPEC, 1));

        List<JsonNode> answers = all(20, attempt -> () -> buyer.pay(member.memberId(), orderId, "crossBorderPay", PASSWORD,
                "r-" + attempt % 2).body());

        List<String> paymentIds = answers.stream().filter(answer -> answer.path("success").asBoolean())
                .map(answer -> answer.path("result").path("paymentId").asText()).distinct().toList();
        assertThat(paymentIds).hasSize(1);
        assertThat(answers).allMatch(answer -> answer.path("success").asBoolean()
                || answer.path("code").asText().equals("ORDER_ALREADY_PAID"));
        assertThat(buyer.cnhBalance(member)).isEqualTo(100_000 - WITH_FEES);
    }

    @Test
    void aHundredConcurrentPaymentsAgainstOneBalanceNeverOverdrawItAndReconcileToTheFen() throws Exception {
        long balance = 40 * WITH_FEES + 100;
        Member member = buyer.worldPayMember(balance);
        List<String> orders = new ArrayList<>();
        for (int index = 0; index < 100; index++) {
            orders.add(buyer.order(member.memberId(), cargo(GUIDE_OFFER, GUIDE_SPEC, 1)));
        }

        List<JsonNode> answers = all(100, index -> () -> buyer.pay(member.memberId(), orders.get(index), "crossBorderPay",
                PASSWORD, "r-" + index).body());

        long paid = answers.stream().filter(answer -> answer.path("success").asBoolean())
                .mapToLong(answer -> answer.path("result").path("total").asLong()).sum();
        long paidOrders = answers.stream().filter(answer -> answer.path("success").asBoolean()).count();
        System.out.printf("100 concurrent World Pay payments on one CNH balance of %d fen: %d paid, %d fen debited, %d fen left%n",
                balance, paidOrders, paid, buyer.cnhBalance(member));
        assertThat(paidOrders).isEqualTo(40);
        assertThat(answers.stream().filter(answer -> !answer.path("success").asBoolean()))
                .allMatch(answer -> answer.path("code").asText().equals("BALANCE_NOT_ENOUGH"));
        assertThat(buyer.cnhBalance(member)).isEqualTo(100).isEqualTo(balance - paid);
    }

    interface Attempt {
        Callable<JsonNode> of(int index);
    }

    /** Starts {@code count} calls together (a latch releases them at once) and collects every answer. */
    private static List<JsonNode> all(int count, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<JsonNode>> futures = new ArrayList<>();
            for (int index = 0; index < count; index++) {
                Callable<JsonNode> call = attempt.of(index);
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<JsonNode> answers = new ArrayList<>();
            for (Future<JsonNode> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
