package com.buyerjourneykit.simulator.myinvois;

import com.buyerjourneykit.simulator.clock.VirtualClock;

/** What MyInvois remembers; its reset forgets scenario state but keeps registered clients (set-up). */
final class MyInvoisState {
    private final VirtualClock clock;
    private final Clients clients = new Clients();
    private final Tokens tokens;
    private final Taxpayers taxpayers = new Taxpayers();
    private final Submissions submissions = new Submissions();
    private final Processing processing = new Processing();

    MyInvoisState(VirtualClock clock) {
        this.clock = clock;
        this.tokens = new Tokens(clock);
    }

    VirtualClock clock() {
        return clock;
    }

    Clients clients() {
        return clients;
    }

    Tokens tokens() {
        return tokens;
    }

    Taxpayers taxpayers() {
        return taxpayers;
    }

    Submissions submissions() {
        return submissions;
    }

    Processing processing() {
        return processing;
    }

    void forgetAll() {
        tokens.forgetAll();
        taxpayers.forgetAll();
        submissions.forgetAll();
        processing.forgetAll();
    }
}
