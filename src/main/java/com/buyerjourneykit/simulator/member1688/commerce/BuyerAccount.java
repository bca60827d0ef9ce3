package com.buyerjourneykit.simulator.member1688.commerce;

/** What commerce needs of a 1688 member: its ids (for World Pay), its mobile (for the buyer's clock) and its Alipay binding. */
public record BuyerAccount(String memberId, String memberName, String mobile, boolean alipayBoundAndVerified) {
}
