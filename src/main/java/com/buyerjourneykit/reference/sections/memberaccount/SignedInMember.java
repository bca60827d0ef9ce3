package com.buyerjourneykit.reference.sections.memberaccount;

/** An existing 1688 member who signed in, and whether 1688 already shows them bound and verified with Alipay. */
public record SignedInMember(String memberId, boolean verified) {
}
