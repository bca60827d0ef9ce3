package com.buyerjourneykit.simulator.member1688;

import java.util.List;

/**
 * What the AOP gateway checks before any API runs: the app key in the path is known, and
 * {@code _aop_signature} is present and right for that app's secret. The simulator knows one
 * app; its key and secret are published so that any client can sign.
 */
final class AopGateway {
    static final String APP_KEY = "bjk-reference-app";
    static final String APP_SECRET = "bjk-simulator-secret";

    private AopGateway() {
    }

    static void check(AopRequest request) {
        if (!APP_KEY.equals(request.appKey())) {
            throw new GatewayRefusal("gw.AppKeyNotFound", "AppKey is not found: " + request.appKey());
        }
        List<String> signatures = request.form().valuesOf(AopSignature.PARAMETER);
        if (signatures.isEmpty() || signatures.get(0).isBlank()) {
            throw new GatewayRefusal("gw.SignatureMissing", "_aop_signature is required");
        }
        if (signatures.size() > 1
                || !AopSignature.matches(APP_SECRET, request.urlPath(), request.form().pairs(), signatures.get(0))) {
            throw new GatewayRefusal("gw.SignatureInvalid", "_aop_signature does not match the request");
        }
    }
}
