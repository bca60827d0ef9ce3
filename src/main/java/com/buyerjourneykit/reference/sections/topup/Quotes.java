package com.buyerjourneykit.reference.sections.topup;

import com.buyerjourneykit.reference.journey.SectionOutcome;
import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.Journeys;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/** "Convert", "Enter the amount", then the rate (TOP-05): WorldFirst's quote, good for its lifetime on the buyer's clock. */
final class Quotes {
    private final WorldFirstFundsClient worldFirst;
    private final Journeys journeys;

    Quotes(WorldFirstFundsClient worldFirst, Journeys journeys) {
        this.worldFirst = worldFirst;
        this.journeys = journeys;
    }

    SectionOutcome offer(String journeyId, QuoteRequest request) {
        Journey journey = journeys.readyFor(journeyId, TopUpSteps.RECEIVING_ACCOUNT);
        String worldAccountId = TopUpSteps.worldAccountIdOf(journey, TopUpSteps.RECEIVING_ACCOUNT);
        JsonNode quote = WorldFirstRefusals.successOrRefuse("fund/createQuote", worldFirst.quote(worldAccountId,
                        request.sellCurrency(), request.buyCurrency(), request.amountField(), request.amount()), failedCurrency(request))
                .path("quote");
        Amount sell = Amount.fromWorldFirst(quote.path("sellAmount"));
        Amount buy = Amount.fromWorldFirst(quote.path("buyAmount"));
        return SectionOutcome.success(201, "quote-offered").with("quoteId", quote.path("quoteId").asText())
                .with("rate", rate(quote.path("quotePrice").asText()))
                .with("sellCurrency", sell.currency()).with("sellAmount", sell.decimal())
                .with("buyCurrency", buy.currency()).with("buyAmount", buy.decimal())
                .with("expiresInSeconds", Duration.between(Instant.parse(quote.path("quoteStartTime").asText()),
                        Instant.parse(quote.path("quoteExpiryTime").asText())).toSeconds());
    }

    /** Rates are shown with 4 decimals (TOP-06): {@code 5.4560}. */
    static String rate(String price) {
        return new BigDecimal(price).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** WorldFirst names no currency when it refuses one; the buyer's sell side first, as it is checked first. */
    private static String failedCurrency(QuoteRequest request) {
        return request.sellCurrency() + "/" + request.buyCurrency();
    }
}
