package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.InvalidControlField;
import com.buyerjourneykit.simulator.control.JsonControlTask;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code POST /__admin/sim/worldfirst/payments-received {"accountNo","currency","value","payerName"?}}:
 * money arrives at a receiving account. In its currency it is credited and WorldFirst notifies
 * the client ({@code FUNDS_RECEIVED}); in another it is returned (TOP-03). Answers
 * {@code {"status":"CREDITED"|"RETURNED","notificationId"?,"notificationStatus"?}}.
 */
final class PaymentReceived extends JsonControlTask {
    private final ReceivingAccounts receivingAccounts;
    private final WorldAccounts accounts;
    private final Balances balances;
    private final Notifications notifications;

    PaymentReceived(ReceivingAccounts receivingAccounts, WorldAccounts accounts, Balances balances, Notifications notifications) {
        this.receivingAccounts = receivingAccounts;
        this.accounts = accounts;
        this.balances = balances;
        this.notifications = notifications;
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        ReceivingAccount target = receivingAccounts.byNumber(body.text("accountNo")).orElseThrow(
                () -> new InvalidControlField("accountNo", "receiving-account", "no receiving account has this accountNo"));
        Money amount = ControlAmounts.read(body);
        if (!target.collects(amount.currency())) {
            return Replies.json(200, SimulatorJson.object().put("status", "RETURNED")
                    .put("message", "this account collects " + target.currency() + " only; the payment is returned"));
        }
        balances.credit(target.worldAccountId(), amount);
        Notification notification = notifications.send(accounts.byId(target.worldAccountId()).orElseThrow().clientId(),
                "FUNDS_RECEIVED", notice(target, amount, body.optionalText("payerName").orElse(null)));
        return Replies.json(200, SimulatorJson.object().put("status", "CREDITED")
                .put("notificationId", notification.notificationId())
                .put("notificationStatus", notification.status().name()));
    }

    private ObjectNode notice(ReceivingAccount target, Money amount, String payerName) {
        ObjectNode notice = SimulatorJson.object().put("notifyType", "FUNDS_RECEIVED")
                .put("worldAccountId", target.worldAccountId())
                .put("accountNo", target.accountNo())
                .put("payerName", payerName);
        notice.set("amount", amount.toJson());
        notice.set("balance", balances.of(target.worldAccountId(), amount.currency()).toJson());
        return notice;
    }
}
