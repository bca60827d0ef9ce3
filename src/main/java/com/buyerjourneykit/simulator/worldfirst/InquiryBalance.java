package com.buyerjourneykit.simulator.worldfirst;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code account/inquiryBalance}: one balance per currency, in minor units, for the currencies
 * asked ({@code currencyList}) or else every currency with a receiving account or money.
 */
final class InquiryBalance extends WorldFirstApi {
    static final String NAME = "worldfirst-inquiry-balance";
    private final WorldAccounts accounts;
    private final ReceivingAccounts receivingAccounts;
    private final Balances balances;

    InquiryBalance(Gateway gateway, WorldAccounts accounts, ReceivingAccounts receivingAccounts, Balances balances) {
        super(NAME, gateway);
        this.accounts = accounts;
        this.receivingAccounts = receivingAccounts;
        this.balances = balances;
    }

    @Override
    ObjectNode answer(WorldFirstRequest request) {
        WorldAccount owner = accounts.require(request);
        ObjectNode answer = WorldFirstReply.success("success");
        ArrayNode list = answer.putArray("accountBalances");
        for (String currency : currencies(request, owner.worldAccountId())) {
            Money balance = balances.of(owner.worldAccountId(), currency);
            ObjectNode entry = list.addObject().put("currency", currency).put("balanceType", "NORMAL_BALANCE");
            entry.set("totalBalance", balance.toJson());
            entry.set("availableBalance", balance.toJson());
            entry.set("frozenBalance", Money.zero(currency).toJson());
        }
        return answer;
    }

    private List<String> currencies(WorldFirstRequest request, String worldAccountId) {
        JsonNode asked = request.body().get("currencyList");
        if (asked == null || asked.isNull()) {
            TreeSet<String> held = new TreeSet<>(balances.all(worldAccountId).keySet());
            receivingAccounts.of(worldAccountId).forEach(account -> held.add(account.currency()));
            return new ArrayList<>(held);
        }
        if (!asked.isArray()) {
            throw new InvalidField("currencyList", "array", "currencyList must be an array of currency codes");
        }
        List<String> currencies = new ArrayList<>();
        for (JsonNode code : asked) {
            currencies.add(Currencies.check("currencyList", AmountFields.textOf("currencyList", code)));
        }
        return currencies;
    }
}
