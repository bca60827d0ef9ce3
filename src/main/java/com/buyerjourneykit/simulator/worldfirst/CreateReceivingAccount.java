package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code receivingAccount/create} (simulated, TOP-01/04): created instantly, idempotent by
 * {@code requestId}, so a retried create never opens a second account.
 */
final class CreateReceivingAccount extends MoneyApi {
    static final String NAME = "worldfirst-create-receiving-account";
    private final WorldAccounts accounts;
    private final ReceivingAccounts receivingAccounts;
    private final VirtualClock clock;

    CreateReceivingAccount(Gateway gateway, Idempotency idempotency, WorldAccounts accounts,
            ReceivingAccounts receivingAccounts, VirtualClock clock) {
        super(NAME, gateway, idempotency, "requestId");
        this.accounts = accounts;
        this.receivingAccounts = receivingAccounts;
        this.clock = clock;
    }

    @Override
    ObjectNode answerOnce(WorldFirstRequest request) {
        WorldAccount owner = accounts.require(request);
        String currency = request.currency("currency");
        String name = AccountNames.read(request);
        ReceivingAccount created = new ReceivingAccount(receivingAccounts.newAccountNo(), owner.worldAccountId(), currency,
                name, clock.nowFor(owner.mobile().e164()));
        receivingAccounts.add(created);
        ObjectNode answer = WorldFirstReply.success("your receiving account is created");
        answer.set("receivingAccount", created.toJson());
        return answer;
    }
}
