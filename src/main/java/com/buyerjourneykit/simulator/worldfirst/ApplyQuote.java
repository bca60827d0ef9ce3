package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code fund/applyQuote {requestId, worldAccountId, quoteId}} (TOP-05/06): the conversion,
 * debit and credit exact to the minor unit. Idempotent by requestId; QUOTE_EXPIRED,
 * BALANCE_NOT_ENOUGH and the rest change nothing. A conversion set to answer {@code U} is
 * answered UNKNOWN_EXCEPTION; a retry with the same request id then tells the real outcome.
 */
final class ApplyQuote extends MoneyApi {
    static final String NAME = "worldfirst-apply-quote";
    private static final String UNKNOWN = "the outcome is unknown; inquire by requestId or retry with the same requestId";
    private final WorldAccounts accounts;
    private final Quotes quotes;
    private final Conversions conversions;
    private final ConvertOutcomes outcomes;
    private final VirtualClock clock;

    ApplyQuote(Gateway gateway, Idempotency idempotency, WorldAccounts accounts, Quotes quotes, Conversions conversions,
            ConvertOutcomes outcomes, VirtualClock clock) {
        super(NAME, gateway, idempotency, "requestId");
        this.accounts = accounts;
        this.quotes = quotes;
        this.conversions = conversions;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @Override
    ObjectNode answerOnce(WorldFirstRequest request) {
        WorldAccount owner = accounts.require(request);
        String requestId = request.identifier("requestId");
        Quote quote = quotes.require(request.identifier("quoteId"), owner.worldAccountId());
        ConvertOutcomes.Unknown unknown = outcomes.take(owner.worldAccountId());
        if (unknown == ConvertOutcomes.Unknown.BEFORE_CONVERTING) {
            return WorldFirstReply.unknown(UNKNOWN);
        }
        Conversion made = conversions.apply(request.clientId(), requestId, quote, clock.nowFor(owner.mobile().e164()));
        if (unknown == ConvertOutcomes.Unknown.AFTER_CONVERTING) {
            return WorldFirstReply.unknown(UNKNOWN);
        }
        ObjectNode answer = WorldFirstReply.success("converted");
        answer.set("conversion", made.toJson());
        return answer;
    }
}
