package com.buyerjourneykit.simulator.alipay;

/** A gateway call whose parameters are missing (40001) or invalid (40002); names field and rule. */
final class GatewayParameterException extends RuntimeException {
    private final String method;
    private final String code;
    private final String field;
    private final String rule;

    private GatewayParameterException(String method, String code, String field, String rule, String message) {
        super(message);
        this.method = method;
        this.code = code;
        this.field = field;
        this.rule = rule;
    }

    static GatewayParameterException missing(String method, String field) {
        return new GatewayParameterException(method, "40001", field, "required", field + " is required");
    }

    static GatewayParameterException invalid(String method, String field, String rule, String message) {
        return new GatewayParameterException(method, "40002", field, rule, message);
    }

    String method() {
        return method;
    }

    String code() {
        return code;
    }

    String field() {
        return field;
    }

    String rule() {
        return rule;
    }
}
