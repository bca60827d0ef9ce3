package com.buyerjourneykit.reference.contract;

/** One REST call as the contract sees it: the documented path template and the real path, type and body. */
record Exchange(String method, String template, String path, String contentType, String body) {
    static final String JSON = "application/json";

    static Exchange post(String template, String path, String body) {
        return new Exchange("POST", template, path, body.isEmpty() ? null : JSON, body);
    }

    static Exchange get(String template, String path) {
        return new Exchange("GET", template, path, null, "");
    }

    Exchange declaredAs(String type) {
        return new Exchange(method, template, path, type, body);
    }
}
