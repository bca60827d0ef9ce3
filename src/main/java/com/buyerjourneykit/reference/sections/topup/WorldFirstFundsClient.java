package com.buyerjourneykit.reference.sections.topup;

import com.buyerjourneykit.reference.providers.WorldFirstAnswer;
import com.buyerjourneykit.reference.providers.WorldFirstCall;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * WorldFirst's receiving-account, balance and conversion APIs, as this section calls them. Each
 * call answers WorldFirst's answer as it came ({@code S}, {@code F} or {@code U}); the money calls
 * carry the request id the caller chose, which is what makes a retry safe. The only class of the
 * section that speaks WorldFirst's protocol.
 */
final class WorldFirstFundsClient {
    private final WorldFirstCall gateway;

    WorldFirstFundsClient(WorldFirstCall gateway) {
        this.gateway = gateway;
    }

    FundsReply preview(String worldAccountId, String currency, String accountName) {
        return call("receivingAccount/preview", account(worldAccountId, currency, accountName));
    }

    FundsReply createReceivingAccount(String requestId, String worldAccountId, String currency, String accountName) {
        return call("receivingAccount/create", account(worldAccountId, currency, accountName).put("requestId", requestId));
    }

    FundsReply balances(String worldAccountId) {
        return call("account/inquiryBalance", WorldFirstCall.body().put("worldAccountId", worldAccountId));
    }

    /** {@code amountField} is {@code sellAmount} or {@code buyAmount}: WorldFirst computes the other side. */
    FundsReply quote(String worldAccountId, String sellCurrency, String buyCurrency, String amountField, Amount amount) {
        ObjectNode request = WorldFirstCall.body().put("worldAccountId", worldAccountId).put("sellCurrency", sellCurrency)
                .put("buyCurrency", buyCurrency);
        request.set(amountField, amount.toWorldFirst());
        return call("fund/createQuote", request);
    }

    FundsReply applyQuote(String requestId, String worldAccountId, String quoteId) {
        return call("fund/applyQuote", WorldFirstCall.body().put("requestId", requestId)
                .put("worldAccountId", worldAccountId).put("quoteId", quoteId));
    }

    FundsReply conversionOf(String requestId, String worldAccountId) {
        return call("fund/inquiryConversion", WorldFirstCall.body().put("worldAccountId", worldAccountId)
                .put("requestId", requestId));
    }

    private FundsReply call(String api, ObjectNode request) {
        WorldFirstAnswer answer = gateway.call(api, request);
        return new FundsReply(answer.status(), answer.code(), answer.field(), answer.rule(),
                answer.path("result").path("resultMessage").asText(), answer.body());
    }

    private static ObjectNode account(String worldAccountId, String currency, String accountName) {
        return WorldFirstCall.body().put("worldAccountId", worldAccountId).put("currency", currency).put("accountName", accountName);
    }
}
