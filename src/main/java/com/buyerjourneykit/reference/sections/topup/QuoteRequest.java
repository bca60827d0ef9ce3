package com.buyerjourneykit.reference.sections.topup;

import com.buyerjourneykit.reference.journey.InvalidInput;

/**
 * What the buyer asks a quote for (TOP-05): sell one currency for another, giving exactly one
 * side's amount, in that side's currency. A blank amount is none: the page posts both boxes.
 */
record QuoteRequest(String sellCurrency, String buyCurrency, String amountField, Amount amount) {

    static QuoteRequest read(String sellCurrencyText, String buyCurrencyText, String sellAmount, String buyAmount) {
        String sell = CurrencyCode.read("sellCurrency", sellCurrencyText);
        String buy = CurrencyCode.read("buyCurrency", buyCurrencyText);
        boolean selling = sellAmount != null && !sellAmount.isBlank();
        boolean buying = buyAmount != null && !buyAmount.isBlank();
        if (selling && buying) {
            throw new InvalidInput("buyAmount", "sellAmount-or-buyAmount", "give the amount to sell or the amount to buy, not both");
        }
        if (buying) {
            return new QuoteRequest(sell, buy, "buyAmount", Amount.parse("buyAmount", buyAmount, buy));
        }
        return new QuoteRequest(sell, buy, "sellAmount", Amount.parse("sellAmount", sellAmount, sell));
    }
}
