package com.buyerjourneykit.drivers;

/**
 * A fault armed at the simulator for one buyer: the provider and its own operation name
 * ({@code alipay.user.personal.register.sms.send}), the buyer's E.164 mobile, the kind
 * ({@code no-answer}, {@code connection-reset}, {@code http-500}, {@code http-503}, {@code malformed-body})
 * and how many calls in a row fail (1 unless a provider is to stay unreachable through retries).
 */
public record ProviderFault(String provider, String operation, String phone, String kind, int times) {

    public ProviderFault(String provider, String operation, String phone, String kind) {
        this(provider, operation, phone, kind, 1);
    }
}
