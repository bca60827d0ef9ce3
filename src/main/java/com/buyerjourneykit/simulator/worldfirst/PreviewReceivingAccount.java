package com.buyerjourneykit.simulator.worldfirst;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code receivingAccount/preview} (simulated, TOP-02): what the account will be, before it is created. */
final class PreviewReceivingAccount extends WorldFirstApi {
    static final String NAME = "worldfirst-preview-receiving-account";
    private final WorldAccounts accounts;

    PreviewReceivingAccount(Gateway gateway, WorldAccounts accounts) {
        super(NAME, gateway);
        this.accounts = accounts;
    }

    @Override
    ObjectNode answer(WorldFirstRequest request) {
        accounts.require(request);
        String currency = request.currency("currency");
        ObjectNode answer = WorldFirstReply.success("success");
        answer.set("receivingAccount", ReceivingAccount.preview(currency, AccountNames.read(request)));
        return answer;
    }
}
