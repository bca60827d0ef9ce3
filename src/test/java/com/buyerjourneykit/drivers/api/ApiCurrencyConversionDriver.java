package com.buyerjourneykit.drivers.api;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.ConversionInput;
import com.buyerjourneykit.drivers.CurrencyConversionDriver;
import com.buyerjourneykit.drivers.QuoteInput;

/** Quotes and conversions through the reference REST API ({@code …/worldfirst/quotes}, {@code …/worldfirst/conversions}). */
final class ApiCurrencyConversionDriver implements CurrencyConversionDriver {
    private final StepCalls calls;

    ApiCurrencyConversionDriver(StepCalls calls) {
        this.calls = calls;
    }

    @Override
    public Answer quote(String journeyId, QuoteInput quote) {
        return calls.post(ApiChannel.journeyPath(journeyId, "worldfirst/quotes"), StepCalls.body(quote));
    }

    @Override
    public Answer convert(String journeyId, ConversionInput conversion) {
        return calls.post(ApiChannel.journeyPath(journeyId, "worldfirst/conversions"), StepCalls.body(conversion));
    }
}
