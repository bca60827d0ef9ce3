package com.buyerjourneykit.badinput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** One control call with a JSON body, and how to make a body it accepts now (some depend on the moment: a fresh name, the current time). */
record ControlEndpoint(String method, String path, Supplier<Map<String, Object>> valid) {

    Shot with(BadBody body) {
        return new Shot(method, path, body.contentType(), body.bytes());
    }

    Shot good() {
        return new Shot(method, path, Shot.JSON, JsonText.object(new ArrayList<>(valid.get().entrySet())).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
    }

    static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
