package com.buyerjourneykit.badinput;

/** What a family's 4xx answers must carry (field and rule where its contract names them); fails with the exchange in view. */
@FunctionalInterface
interface RefusalContract {
    void check(Shot shot, Reply refusal);
}
