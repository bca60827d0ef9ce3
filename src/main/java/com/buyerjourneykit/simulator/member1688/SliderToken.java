package com.buyerjourneykit.simulator.member1688;

import java.time.Instant;

/** Proof that someone dragged the slider to the end: usable once, for a few minutes. */
record SliderToken(Instant issuedAt, boolean used) {

    SliderToken asUsed() {
        return new SliderToken(issuedAt, true);
    }
}
