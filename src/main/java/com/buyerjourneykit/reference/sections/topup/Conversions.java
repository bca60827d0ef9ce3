package com.buyerjourneykit.reference.sections.topup;

import com.buyerjourneykit.reference.journey.SectionOutcome;
import com.buyerjourneykit.reference.journey.Inputs;
import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.Journeys;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Confirming a quote (TOP-05): the conversion, made once. The same idempotency key answers the
 * kept answer; without one kept (a crash before it was written), the same key sends WorldFirst
 * the same request id, and WorldFirst answers the first outcome again. How an unknown outcome is
 * settled: {@link ConversionOutcome}.
 */
final class Conversions {
    private static final String OPERATION = "conversion";
    private final ConversionOutcome outcomes;
    private final Balances balances;
    private final Journeys journeys;
    private final KeptOutcomes kept;

    Conversions(WorldFirstFundsClient worldFirst, Balances balances, Journeys journeys) {
        this.outcomes = new ConversionOutcome(worldFirst);
        this.balances = balances;
        this.journeys = journeys;
        this.kept = new KeptOutcomes(journeys);
    }

    SectionOutcome convert(String journeyId, String quoteIdText, String keyText) {
        String quoteId = Inputs.required("quoteId", quoteIdText);
        Optional<String> key = KeptOutcomes.idempotencyKey(keyText);
        Journey journey = journeys.readyFor(journeyId, TopUpSteps.CNH_CONVERSION);
        Optional<SectionOutcome> earlier = kept.kept(journey, OPERATION, key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String worldAccountId = TopUpSteps.worldAccountIdOf(journey, TopUpSteps.CNH_CONVERSION);
        JsonNode conversion = outcomes.apply(RequestIds.of(journey.id(), OPERATION, key), worldAccountId, quoteId);
        SectionOutcome converted = converted(conversion, balances.cnh(worldAccountId));
        if (CurrencyCode.CNH.equals(converted.fact("buyCurrency")) && !journey.isFinished(TopUpSteps.CNH_CONVERSION)) {
            journeys.finish(journey, TopUpSteps.CNH_CONVERSION, conversion.path("conversionId").asText());
        }
        return kept.keep(journey, OPERATION, key, converted);
    }

    private static SectionOutcome converted(JsonNode conversion, Amount cnhAfter) {
        Amount sell = Amount.fromWorldFirst(conversion.path("sellAmount"));
        Amount buy = Amount.fromWorldFirst(conversion.path("buyAmount"));
        return SectionOutcome.success(201, "converted").with("conversionId", conversion.path("conversionId").asText())
                .with("rate", Quotes.rate(conversion.path("quotePrice").asText()))
                .with("sellCurrency", sell.currency()).with("sellAmount", sell.decimal())
                .with("buyCurrency", buy.currency()).with("buyAmount", buy.decimal())
                .with("balanceCNH", cnhAfter.decimal());
    }
}
