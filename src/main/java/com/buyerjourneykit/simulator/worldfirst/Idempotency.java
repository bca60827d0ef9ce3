package com.buyerjourneykit.simulator.worldfirst;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Request ids make money calls idempotent, per client: the same id with the same body gets the
 * first successful answer again; with another body, REPEAT_REQ_INCONSISTENT. Only S answers are
 * remembered: after F nothing was done, and after U the retry must find out what was.
 */
final class Idempotency {
    private final Map<String, Remembered> answers = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    private record Remembered(JsonNode request, ObjectNode answer) {
    }

    ObjectNode once(String clientId, String requestId, JsonNode request, Supplier<ObjectNode> work) {
        String key = clientId + "\n" + requestId;
        synchronized (locks.computeIfAbsent(key, any -> new Object())) {
            Remembered earlier = answers.get(key);
            if (earlier != null) {
                return sameOrRefused(earlier, request);
            }
            ObjectNode answer = work.get();
            if ("S".equals(answer.path("result").path("resultStatus").asText())) {
                answers.put(key, new Remembered(request.deepCopy(), answer));
            }
            return answer;
        }
    }

    void forgetAll() {
        answers.clear();
        locks.clear();
    }

    private static ObjectNode sameOrRefused(Remembered earlier, JsonNode request) {
        if (!earlier.request().equals(request)) {
            throw new Refusal("REPEAT_REQ_INCONSISTENT", "this request id was used before with another body");
        }
        return earlier.answer();
    }
}
