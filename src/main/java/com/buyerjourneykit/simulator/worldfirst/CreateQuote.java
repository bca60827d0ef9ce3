package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code fund/createQuote {worldAccountId, sellCurrency, buyCurrency, sellAmount | buyAmount}}
 * (TOP-05/06): the other side is computed at the 4-decimal rate and rounded half-even to its
 * currency's minor unit; the quote expires after {@link Quotes#LIFETIME} on the buyer's clock.
 */
final class CreateQuote extends WorldFirstApi {
    static final String NAME = "worldfirst-create-quote";
    private final WorldAccounts accounts;
    private final Rates rates;
    private final Quotes quotes;
    private final VirtualClock clock;

    CreateQuote(Gateway gateway, WorldAccounts accounts, Rates rates, Quotes quotes, VirtualClock clock) {
        super(NAME, gateway);
        this.accounts = accounts;
        this.rates = rates;
        this.quotes = quotes;
        this.clock = clock;
    }

    @Override
    ObjectNode answer(WorldFirstRequest request) {
        WorldAccount owner = accounts.require(request);
        CurrencyPair pair = CurrencyPair.read(request);
        BigDecimal price = rates.rate(pair.sell(), pair.buy());
        Money sell;
        Money buy;
        if (request.body().hasNonNull("sellAmount") == request.body().hasNonNull("buyAmount")) {
            throw new InvalidField("sellAmount", "sellAmount-or-buyAmount", "give exactly one of sellAmount and buyAmount");
        }
        if (request.body().hasNonNull("sellAmount")) {
            sell = inCurrency(request.amount("sellAmount"), "sellAmount", pair.sell());
            buy = convert(sell.major().multiply(price), pair.buy(), "sellAmount");
        } else {
            buy = inCurrency(request.amount("buyAmount"), "buyAmount", pair.buy());
            sell = convert(buy.major().divide(price, Currencies.minorDigits(pair.sell()), RoundingMode.HALF_EVEN),
                    pair.sell(), "buyAmount");
        }
        Instant now = clock.nowFor(owner.mobile().e164());
        Quote quote = new Quote("qt-" + UUID.randomUUID(), owner.worldAccountId(), sell, buy, price, now, now.plus(Quotes.LIFETIME));
        quotes.add(quote);
        ObjectNode answer = WorldFirstReply.success("success");
        answer.set("quote", quote.toJson());
        return answer;
    }

    private static Money inCurrency(Money amount, String field, String currency) {
        if (!amount.currency().equals(currency)) {
            throw new InvalidField(field + ".currency", "matches-pair", field + ".currency must be " + currency);
        }
        return amount;
    }

    /** Half-even to the minor unit (a no-op when already rounded); nothing and too much are refused. */
    private static Money convert(BigDecimal major, String currency, String field) {
        BigDecimal minor = major.setScale(Currencies.minorDigits(currency), RoundingMode.HALF_EVEN).movePointRight(
                Currencies.minorDigits(currency));
        if (minor.precision() > AmountFields.MAX_DIGITS) {
            throw new Refusal("AMOUNT_EXCEED_LIMIT", field + " converts to more than " + AmountFields.MAX_DIGITS
                    + " digits of " + currency).with("field", field);
        }
        if (minor.signum() <= 0) {
            throw new InvalidField(field + ".value", "converts-to-at-least-one-minor-unit",
                    field + " is too small: it converts to less than one minor unit of " + currency);
        }
        return new Money(currency, minor.longValueExact());
    }
}
