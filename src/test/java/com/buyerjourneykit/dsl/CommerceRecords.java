package com.buyerjourneykit.dsl;

import com.buyerjourneykit.drivers.OrderInput;

/**
 * What one scenario learnt on 1688 and needs later: the signed-in member (to set up the cashier
 * for it), the payment password it has, the last search's first page, the order it placed.
 * Fresh for every scenario.
 */
public final class CommerceRecords {
    /** The simulated 1688's payment password for a member whose password was never set. */
    static final String DEFAULT_PAYMENT_PASSWORD = "246810";
    private String memberId;
    private String paymentPassword = DEFAULT_PAYMENT_PASSWORD;
    private String firstPageOfferIds;
    private OrderInput lastOrder;
    private String orderId;

    void signedIn(String id) {
        memberId = id;
    }

    String memberId() {
        return GivenFirst.require(memberId, "1688 account signed in");
    }

    void paymentPassword(String password) {
        paymentPassword = password;
    }

    String paymentPassword() {
        return paymentPassword;
    }

    void firstPage(String offerIds) {
        firstPageOfferIds = offerIds;
    }

    String firstPageOfferIds() {
        return GivenFirst.require(firstPageOfferIds, "first page of results");
    }

    void ordering(OrderInput order) {
        lastOrder = order;
    }

    OrderInput lastOrder() {
        return GivenFirst.require(lastOrder, "order sent");
    }

    void ordered(String id) {
        orderId = id;
    }

    String orderId() {
        return GivenFirst.require(orderId, "order placed");
    }
}
