package com.buyerjourneykit.dsl;

import com.buyerjourneykit.drivers.MemberSeed;

/**
 * Accounts a buyer made directly with the providers, before or outside the system under test,
 * set up through the simulator: an Alipay personal account, an existing 1688 member.
 */
public final class SimulatedAccountsDsl {
    private final JourneyContext journey;
    private final MemberNames names;

    public SimulatedAccountsDsl(JourneyContext journey, MemberNames names) {
        this.journey = journey;
        this.names = names;
    }

    /** Section 1 done at Alipay itself; see {@code SimulatorControlDriver#completeAlipayPersonalAccount}. */
    public void completeAlipayAccount(String alias) {
        journey.simulator().completeAlipayPersonalAccount(journey.buyers().get(alias).phone());
    }

    /** The buyer's own 1688 account, registered before: member name "buyer" and the default password. */
    public void memberOfBuyer(boolean verified) {
        Buyer buyer = journey.buyers().get(AlipayAccountDsl.BUYER);
        seed(names.nameOf(AlipayAccountDsl.BUYER), buyer, verified);
    }

    /** A member name someone else registered on 1688 before this scenario. */
    public void memberNameTaken(String alias) {
        seed(names.nameOf(alias), journey.buyers().create("owner of " + alias, "+60"), false);
    }

    private void seed(String memberName, Buyer owner, boolean verified) {
        journey.simulator().seedMember1688(new MemberSeed(memberName, RegistrationDraft.PASSWORD, owner.phone(), verified));
    }
}
