package com.buyerjourneykit.drivers;

import java.util.Map;

/**
 * Guide section 4B, "Create a Receiving Account": a currency and a name, and the key that makes
 * creating it twice create it once ({@code null} for a preview, which creates nothing).
 */
public record ReceivingAccountInput(String currency, String accountName, String idempotencyKey) implements FormInput {

    @Override
    public Map<String, String> fields() {
        return FormInput.typed("currency", currency, "accountName", accountName, "idempotencyKey", idempotencyKey);
    }
}
