package com.buyerjourneykit.drivers;

/**
 * A fault armed at the simulator for one buyer: the provider and its own operation name
 * ({@code alipay.user.personal.register.sms.send}), the buyer's E.164 mobile and the kind
 * ({@code no-answer}, {@code connection-reset}, {@code http-500}, {@code http-503}, {@code malformed-body}).
 */
public record ProviderFault(String provider, String operation, String phone, String kind) {
}
