package com.buyerjourneykit.simulator.member1688;

/** A 1688 member; replaced, never mutated. */
record Member(String memberId, String memberName, String mobile, PasswordHash password, AlipayBinding alipay) {

    Member boundAndVerified() {
        return new Member(memberId, memberName, mobile, password, AlipayBinding.BOUND_VERIFIED);
    }
}
