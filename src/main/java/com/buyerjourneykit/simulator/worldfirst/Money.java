package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** An amount in a currency's minor units, as WorldFirst writes it: {@code {"currency":"JPY","value":"1136"}}. */
record Money(String currency, long minorUnits) {

    static Money zero(String currency) {
        return new Money(currency, 0);
    }

    /** The amount in major units with the currency's decimals: 1050 SGD minor units is 10.50. */
    BigDecimal major() {
        return BigDecimal.valueOf(minorUnits, Currencies.minorDigits(currency));
    }

    Money plus(long minor) {
        return new Money(currency, Math.addExact(minorUnits, minor));
    }

    ObjectNode toJson() {
        return SimulatorJson.object().put("currency", currency).put("value", Long.toString(minorUnits));
    }
}
