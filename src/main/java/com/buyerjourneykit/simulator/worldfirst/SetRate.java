package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.InvalidControlField;
import com.buyerjourneykit.simulator.control.JsonControlTask;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * {@code POST /__admin/sim/worldfirst/rates {"sellCurrency","buyCurrency","rate":"5.4560"}}: the
 * rate of one pair from now on (its reverse follows unless set too); at most 4 decimals, above zero.
 */
final class SetRate extends JsonControlTask {
    private static final Pattern RATE = Pattern.compile("\\d{1,9}(\\.\\d{1,4})?");
    private final Rates rates;

    SetRate(Rates rates) {
        this.rates = rates;
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        String sell = currency(body, "sellCurrency");
        String buy = currency(body, "buyCurrency");
        String rate = body.text("rate");
        if (!RATE.matcher(rate).matches() || new BigDecimal(rate).signum() <= 0) {
            throw new InvalidControlField("rate", "positive-4-decimals", "rate must be above zero with at most 4 decimals");
        }
        rates.set(sell, buy, new BigDecimal(rate));
        return Replies.json(200, SimulatorJson.object().put("currencyPair", Rates.pair(sell, buy))
                .put("rate", rates.rate(sell, buy).toPlainString()));
    }

    private static String currency(ControlBody body, String field) {
        try {
            return Currencies.check(field, body.text(field));
        } catch (Refusal unsupported) {
            throw new InvalidControlField(field, unsupported.details().path("rule").asText(), unsupported.getMessage());
        }
    }
}
