package com.buyerjourneykit.drivers;

/** Guide section 4B, "Select Convert to convert funds into CNH", through some channel. */
public interface CurrencyConversionDriver {

    /** The rate and the other side: quote-offered (quoteId, rate, sell/buy amounts, expiresInSeconds) or a refusal. */
    Answer quote(String journeyId, QuoteInput quote);

    /** Confirming the quote: converted (conversionId, sellAmount, buyAmount, balanceCNH) or a refusal. */
    Answer convert(String journeyId, ConversionInput conversion);
}
