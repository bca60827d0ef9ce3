package com.buyerjourneykit.simulator.core;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The ways a provider operation can fail on demand, by the names the control API uses. */
public enum FaultKind {
    /** Held back past the caller's timeout; should anyone still wait, a 504 follows. */
    NO_ANSWER("no-answer"),
    CONNECTION_RESET("connection-reset"),
    HTTP_500("http-500"),
    HTTP_503("http-503"),
    /** HTTP 200 declared JSON, cut off half-way. */
    MALFORMED_BODY("malformed-body");

    static final String HEADER = "X-Simulated-Fault";
    private final String id;

    FaultKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<FaultKind> byId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(FaultKind::id).toList();
    }

    ResponseDefinition answer(Duration delay) {
        ResponseDefinitionBuilder answer = new ResponseDefinitionBuilder().withHeader(HEADER, id);
        return switch (this) {
            case NO_ANSWER -> failure(answer, 504).withFixedDelay(Math.toIntExact(delay.toMillis())).build();
            case CONNECTION_RESET -> answer.withFault(Fault.CONNECTION_RESET_BY_PEER).build();
            case HTTP_500 -> failure(answer, 500).build();
            case HTTP_503 -> failure(answer, 503).build();
            case MALFORMED_BODY -> answer.withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody("{\"success\":true,\"result\":{\"trunc").build();
        };
    }

    private ResponseDefinitionBuilder failure(ResponseDefinitionBuilder answer, int status) {
        return answer.withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"fault\":\"" + id + "\",\"message\":\"Simulated provider failure\"}");
    }
}
