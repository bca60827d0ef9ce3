package com.buyerjourneykit.badinput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One family of endpoints under generated bad input: every answer is counted, none may be a 5xx
 * or a hang, and every 4xx must keep the family's refusal contract.
 */
final class Family {
    private final Tally tally;
    private final Probe probe;
    private final RefusalContract contract;

    Family(String name, Probe probe, RefusalContract contract) {
        this.tally = new Tally(name);
        this.probe = probe;
        this.contract = contract;
    }

    /** Sends generated bad input; the answer may be a refusal or, for input that happens to be fine, a result. */
    Reply bad(Shot shot) {
        Reply reply = probe.send(shot);
        tally.bad(reply);
        assertThat(reply.status()).as("server error for %s: %s", shot, reply).isLessThan(500);
        if (reply.status() >= 400) {
            contract.check(shot, reply);
        }
        return reply;
    }

    /** Sends a request the endpoint must serve, and gives its answer to compare with the one before the bad input. */
    Reply good(Shot shot) {
        Reply reply = probe.send(shot);
        tally.good();
        assertThat(reply.status()).as("server error on a good request %s: %s", shot, reply).isLessThan(500);
        return reply;
    }

    Probe probe() {
        return probe;
    }

    String summary() {
        return tally.summary();
    }

    int sent() {
        return tally.sent();
    }
}
