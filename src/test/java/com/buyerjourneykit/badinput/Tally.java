package com.buyerjourneykit.badinput;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts what one endpoint family answered to generated bad input, for the summary line the closing note quotes. */
final class Tally {
    private final String family;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final AtomicInteger goodCalls = new AtomicInteger();

    Tally(String family) {
        this.family = family;
    }

    synchronized void bad(Reply reply) {
        statuses.merge(reply.status(), 1, Integer::sum);
    }

    void good() {
        goodCalls.incrementAndGet();
    }

    synchronized int sent() {
        return statuses.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized long serverErrors() {
        return statuses.entrySet().stream().filter(entry -> entry.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
    }

    synchronized String summary() {
        return "bad input [" + family + "]: " + sent() + " generated requests, statuses " + statuses + ", "
                + serverErrors() + " 5xx (a 5xx or a hang fails the run); " + goodCalls.get() + " good requests in between";
    }
}
