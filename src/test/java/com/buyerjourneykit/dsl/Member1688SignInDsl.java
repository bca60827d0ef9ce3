package com.buyerjourneykit.dsl;

import com.buyerjourneykit.drivers.MemberAccountDriver;
import com.buyerjourneykit.drivers.MemberLoginInput;

/**
 * "Login to your 1688.com account" (guide section 5): the buyer's own 1688 account, registered
 * and verified with Alipay before the scenario, signed in to through the system's existing-account
 * action, so the journey knows the member who searches, orders and pays.
 */
public final class Member1688SignInDsl {
    private final JourneyContext journey;
    private final Member1688ControlDsl members;
    private final MemberNameAliases names;
    private final OutcomesDsl outcomes;
    private final CommerceRecords records;

    public Member1688SignInDsl(JourneyContext journey, Member1688ControlDsl members, MemberNameAliases names,
                               OutcomesDsl outcomes, CommerceRecords records) {
        this.journey = journey;
        this.members = members;
        this.names = names;
        this.outcomes = outcomes;
        this.records = records;
    }

    public void requireSignedInVerified(String alias) {
        records.signedIn(members.memberOfBuyerNamed(alias, true));
        MemberLoginInput login = new MemberLoginInput(names.nameOf(alias), RegistrationDraft.PASSWORD);
        journey.remember(journey.driver(MemberAccountDriver.class)
                .signInWithExistingAccount(journey.journeys().of(BuyersDsl.BUYER), login));
        outcomes.assertOutcome("member-linked");
    }
}
