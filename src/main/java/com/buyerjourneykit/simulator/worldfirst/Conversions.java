package com.buyerjourneykit.simulator.worldfirst;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Conversions made, by client and request id. Applying a quote is one atomic step: the quote is
 * checked and spent, the balances change, the conversion is recorded; so one request id and one
 * quote convert once, however often they are retried.
 */
final class Conversions {
    private final Map<String, Conversion> byRequest = new ConcurrentHashMap<>();
    private final Set<String> spentQuotes = ConcurrentHashMap.newKeySet();
    private final Balances balances;

    Conversions(Balances balances) {
        this.balances = balances;
    }

    Optional<Conversion> find(String clientId, String requestId) {
        return Optional.ofNullable(byRequest.get(key(clientId, requestId)));
    }

    synchronized Conversion apply(String clientId, String requestId, Quote quote, Instant now) {
        Optional<Conversion> done = find(clientId, requestId);
        if (done.isPresent()) {
            return done.get();
        }
        if (quote.isExpiredAt(now)) {
            throw new Refusal("QUOTE_EXPIRED", "the quote expired at " + quote.expiry() + "; ask for a new one");
        }
        if (spentQuotes.contains(quote.quoteId())) {
            throw new Refusal("QUOTE_ALREADY_APPLIED", "this quote was applied by another request");
        }
        balances.exchange(quote.worldAccountId(), quote.sell(), quote.buy());
        spentQuotes.add(quote.quoteId());
        Conversion made = new Conversion("cnv-" + UUID.randomUUID(), requestId, quote.worldAccountId(), quote, now);
        byRequest.put(key(clientId, requestId), made);
        return made;
    }

    void forgetAll() {
        byRequest.clear();
        spentQuotes.clear();
    }

    private static String key(String clientId, String requestId) {
        return clientId + "\n" + requestId;
    }
}
