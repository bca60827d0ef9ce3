package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.ConversionInput;
import com.buyerjourneykit.drivers.CurrencyConversionDriver;
import com.buyerjourneykit.drivers.QuoteInput;

/** "Convert" in the browser: the quote form, then the confirmation form with the quote's ID. */
final class WebCurrencyConversionDriver implements CurrencyConversionDriver {
    private final JourneyScreens screens;

    WebCurrencyConversionDriver(JourneyScreens screens) {
        this.screens = screens;
    }

    @Override
    public Answer quote(String journeyId, QuoteInput quote) {
        return screens.openStep(journeyId, "worldfirst/quotes").submit(quote.fields());
    }

    @Override
    public Answer convert(String journeyId, ConversionInput conversion) {
        return screens.openStep(journeyId, "worldfirst/conversions").submit(conversion.fields());
    }
}
