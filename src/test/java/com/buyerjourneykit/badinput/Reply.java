package com.buyerjourneykit.badinput;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;

/** What a server answered: its status, content type, body as text, and the cookies it set ({@code name=value}). */
record Reply(int status, String contentType, String body, List<String> cookies) {
    private static final ObjectMapper JSON = new ObjectMapper();

    boolean isJson() {
        return contentType.startsWith("application/json");
    }

    boolean isHtml() {
        return contentType.startsWith("text/html");
    }

    /** The body as JSON; a missing node when it is not JSON, so checks fail with the body in view. */
    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            return MissingNode.getInstance();
        }
    }

    @Override
    public String toString() {
        String shown = body.length() > 500 ? body.substring(0, 500) + "…" : body;
        return status + " [" + contentType + "] " + shown;
    }
}
