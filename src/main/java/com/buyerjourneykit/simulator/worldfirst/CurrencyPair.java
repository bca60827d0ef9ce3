package com.buyerjourneykit.simulator.worldfirst;

/** {@code sellCurrency} and {@code buyCurrency}: both supported, and not the same. */
record CurrencyPair(String sell, String buy) {

    static CurrencyPair read(WorldFirstRequest request) {
        String sell = request.currency("sellCurrency");
        String buy = request.currency("buyCurrency");
        if (sell.equals(buy)) {
            throw new InvalidField("buyCurrency", "differs-from-sellCurrency", "buyCurrency must differ from sellCurrency");
        }
        return new CurrencyPair(sell, buy);
    }
}
