package com.buyerjourneykit.simulator.worldfirst;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code worldPay/inquiryLinked1688Accounts} (simulated, AUTH-03/04 "Manage 1688.com accounts"). */
final class InquiryLinked1688Accounts extends WorldFirstApi {
    static final String NAME = "worldfirst-inquiry-linked-1688-accounts";
    private final WorldAccounts accounts;
    private final Links links;

    InquiryLinked1688Accounts(Gateway gateway, WorldAccounts accounts, Links links) {
        super(NAME, gateway);
        this.accounts = accounts;
        this.links = links;
    }

    @Override
    ObjectNode answer(WorldFirstRequest request) {
        WorldAccount account = accounts.require(request);
        ObjectNode answer = WorldFirstReply.success("success");
        ArrayNode linked = answer.putArray("linked1688Accounts");
        links.of(account.worldAccountId()).forEach(link -> linked.add(link.toJson()));
        return answer;
    }
}
