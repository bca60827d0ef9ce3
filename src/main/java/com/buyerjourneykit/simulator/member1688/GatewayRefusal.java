package com.buyerjourneykit.simulator.member1688;

/** A call the AOP gateway turns away before any API sees it: HTTP 400 with {@code error_code} {@code gw.*}. */
final class GatewayRefusal extends RuntimeException {
    private final String errorCode;

    GatewayRefusal(String errorCode, String message) {
        super(message, null, false, false);
        this.errorCode = errorCode;
    }

    String errorCode() {
        return errorCode;
    }
}
