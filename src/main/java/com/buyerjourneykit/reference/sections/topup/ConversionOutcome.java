package com.buyerjourneykit.reference.sections.topup;

import com.buyerjourneykit.reference.journey.ProviderUnavailable;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * What became of applying a quote under one request id, never converting twice. {@code U}: the app
 * asks {@code fund/inquiryConversion}; a conversion found is the answer; none found means nothing
 * moved, so the same request again is safe and is made once more. {@code QUOTE_ALREADY_APPLIED}:
 * perhaps by this very request id before a {@code U} or a crash, so WorldFirst is asked before refusing.
 */
final class ConversionOutcome {
    private static final String APPLY = "fund/applyQuote";
    private final WorldFirstFundsClient worldFirst;

    ConversionOutcome(WorldFirstFundsClient worldFirst) {
        this.worldFirst = worldFirst;
    }

    /** WorldFirst's {@code conversion} made under {@code requestId}, or the refusal, thrown. */
    JsonNode apply(String requestId, String worldAccountId, String quoteId) {
        FundsReply answer = worldFirst.applyQuote(requestId, worldAccountId, quoteId);
        if (answer.isUnknown()) {
            return made(requestId, worldAccountId).orElseGet(() -> once(worldFirst.applyQuote(requestId, worldAccountId, quoteId)));
        }
        if ("QUOTE_ALREADY_APPLIED".equals(answer.code())) {
            return made(requestId, worldAccountId).orElseThrow(() -> WorldFirstRefusals.refusal(APPLY, answer, ""));
        }
        return once(answer);
    }

    private static JsonNode once(FundsReply answer) {
        if (answer.isUnknown()) {
            throw new ProviderUnavailable(WorldFirstRefusals.PROVIDER, "fund/applyQuote answered U twice");
        }
        return WorldFirstRefusals.successOrRefuse(APPLY, answer, "").path("conversion");
    }

    private Optional<JsonNode> made(String requestId, String worldAccountId) {
        FundsReply inquiry = worldFirst.conversionOf(requestId, worldAccountId);
        if (inquiry.isSuccess()) {
            return Optional.of(inquiry.path("conversion"));
        }
        if ("ORDER_NOT_EXIST".equals(inquiry.code())) {
            return Optional.empty();
        }
        throw WorldFirstRefusals.refusal("fund/inquiryConversion", inquiry, "");
    }
}
