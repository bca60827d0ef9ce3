package com.buyerjourneykit.drivers;

import java.util.Map;

/** "Enter the amount you wish to convert": what to sell, what to buy, and one amount (to sell or to buy) as typed. */
public record QuoteInput(String sellCurrency, String buyCurrency, String sellAmount, String buyAmount) implements FormInput {

    @Override
    public Map<String, String> fields() {
        return FormInput.typed("sellCurrency", sellCurrency, "buyCurrency", buyCurrency, "sellAmount", sellAmount,
                "buyAmount", buyAmount);
    }
}
