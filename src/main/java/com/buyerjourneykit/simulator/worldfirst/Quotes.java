package com.buyerjourneykit.simulator.worldfirst;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Every quote by id; a quote lives {@link #LIFETIME} on the buyer's virtual clock. */
final class Quotes {
    /** Our choice: long enough to read the rate and confirm, short enough that rates stay honest. */
    static final Duration LIFETIME = Duration.ofSeconds(60);
    private final Map<String, Quote> byId = new ConcurrentHashMap<>();

    void add(Quote quote) {
        byId.put(quote.quoteId(), quote);
    }

    /** The account's quote with this id, or ORDER_NOT_EXIST. */
    Quote require(String quoteId, String worldAccountId) {
        return Optional.ofNullable(byId.get(quoteId)).filter(quote -> quote.worldAccountId().equals(worldAccountId))
                .orElseThrow(() -> new Refusal("ORDER_NOT_EXIST", "this World Account has no quote with this quoteId")
                        .with("field", "quoteId"));
    }

    void forgetAll() {
        byId.clear();
    }
}
