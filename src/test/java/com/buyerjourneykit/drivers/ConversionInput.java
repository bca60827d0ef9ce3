package com.buyerjourneykit.drivers;

import java.util.Map;

/** Confirming a quote: which quote, and the key that makes a repeated confirmation convert once. */
public record ConversionInput(String quoteId, String idempotencyKey) implements FormInput {

    @Override
    public Map<String, String> fields() {
        return FormInput.typed("quoteId", quoteId, "idempotencyKey", idempotencyKey);
    }
}
