package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** A receiving account of a World Account (TOP-01…04): one currency, a name the buyer chose, the bank's details. */
record ReceivingAccount(String accountNo, String worldAccountId, String currency, String accountName, Instant createdAt) {

    /** Only its own currency is collected; a payment in another currency is returned (TOP-03). */
    boolean collects(String paymentCurrency) {
        return currency.equals(paymentCurrency);
    }

    ObjectNode toJson() {
        return preview(currency, accountName).put("accountNo", accountNo).put("status", "ACTIVE")
                .put("createdAt", createdAt.toString());
    }

    /** What the buyer sees before creating it (TOP-02): bank, methods, what is collected. */
    static ObjectNode preview(String currency, String accountName) {
        ObjectNode json = SimulatorJson.object()
                .put("currency", currency)
                .put("accountName", accountName)
                .put("bankName", "JP Morgan Chase")
                .put("bankLocation", "Hong Kong")
                .put("otherCurrencies", "RETURNED");
        json.putArray("collectedCurrencies").add(currency);
        json.putArray("paymentMethods")
                .add(method("GIRO/ACH"))
                .add(method("CHATS"));
        return json;
    }

    private static ObjectNode method(String name) {
        return SimulatorJson.object().put("method", name).put("type", "DOMESTIC").put("arrival", "0-1 days");
    }
}
