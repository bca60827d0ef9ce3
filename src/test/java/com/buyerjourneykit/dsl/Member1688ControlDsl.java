package com.buyerjourneykit.dsl;

import com.buyerjourneykit.drivers.Member1688ControlDriver;
import com.buyerjourneykit.drivers.MemberSeed;

/** 1688 members who registered before the scenario, set up at the simulated 1688.com. */
public final class Member1688ControlDsl {
    private final JourneyContext journey;
    private final MemberNameAliases names;

    public Member1688ControlDsl(JourneyContext journey, MemberNameAliases names) {
        this.journey = journey;
        this.names = names;
    }

    /** The buyer's own 1688 account, registered before: member name "buyer" and the default password; answers its member ID. */
    public String memberOfBuyer(boolean verified) {
        return seed(names.nameOf(BuyersDsl.BUYER), journey.buyer(BuyersDsl.BUYER), verified);
    }

    /** A 1688 account of the buyer's under another member name, e.g. a second shop (AUTH-04); answers its member ID. */
    public String memberOfBuyerNamed(String alias, boolean verified) {
        return seed(names.nameOf(alias), journey.buyer(BuyersDsl.BUYER), verified);
    }

    /** A member name someone else registered on 1688 before this scenario. */
    public void memberNameTaken(String alias) {
        seed(names.nameOf(alias), journey.buyers().create("owner of " + alias, "+60"), false);
    }

    private String seed(String memberName, ScenarioBuyer owner, boolean verified) {
        return journey.control(Member1688ControlDriver.class)
                .seedMember(new MemberSeed(memberName, RegistrationDraft.PASSWORD, owner.phone(), verified));
    }
}
