package com.buyerjourneykit.dsl;

import java.util.List;
import java.util.Map;

/**
 * Where the FAQ's e-invoice begins: a buyer signed in to the app with a verified 1688 account who
 * has already bought and paid on 1688.com. The member and its orders are set up at the simulated
 * 1688.com; the buyer signs in through the app's "existing 1688 account" action.
 */
public final class PaidOrdersDsl {
    /** What an order the scenario only needs unpaid holds: the guide's phone stand. */
    private static final String PHONE_STAND = "610000000001";
    private final Member1688ControlDsl members;
    private final MemberVerificationDsl signIn;
    private final Orders1688ControlDsl orders;
    private final OrderRecords records;

    public PaidOrdersDsl(Member1688ControlDsl members, MemberVerificationDsl signIn, Orders1688ControlDsl orders,
                         OrderRecords records) {
        this.members = members;
        this.signIn = signIn;
        this.orders = orders;
        this.records = records;
    }

    /** Rows of {@code order} (the scenario's name for it), {@code offerId}, {@code specId}, {@code quantity}, paid in that order. */
    public void requirePaid(List<Map<String, String>> lines) {
        requireSignedIn();
        lines.forEach(line -> orders.placed(line.get("order"), line.get("offerId"), line.get("specId"),
                Integer.parseInt(line.get("quantity")), true));
    }

    public void requireWaitingForPayment(String alias) {
        requireSignedIn();
        orders.placed(alias, PHONE_STAND, PHONE_STAND + "-gray", 1, false);
    }

    private void requireSignedIn() {
        if (records.memberId().isPresent()) {
            return;
        }
        records.memberIs(members.memberOfBuyer(true));
        signIn.signInWithExistingAccount();
        signIn.assertLinked(true);
    }
}
