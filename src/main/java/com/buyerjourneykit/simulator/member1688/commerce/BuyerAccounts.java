package com.buyerjourneykit.simulator.member1688.commerce;

import java.util.Optional;

/** The members of 1688, as the member part of this provider knows them. */
@FunctionalInterface
public interface BuyerAccounts {
    Optional<BuyerAccount> byId(String memberId);
}
