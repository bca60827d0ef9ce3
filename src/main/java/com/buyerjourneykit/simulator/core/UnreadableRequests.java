package com.buyerjourneykit.simulator.core;

import com.buyerjourneykit.simulator.Replies;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.List;

/** The answer to a request nobody can read, in the shape of the provider whose path it was sent to (control calls: {field, rule, message}). */
public final class UnreadableRequests {
    private final List<SimulatedProvider> providers;

    public UnreadableRequests(List<SimulatedProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    public ResponseDefinition answerFor(String path, RequestProblem problem) {
        return providers.stream().filter(provider -> path.startsWith("/" + provider.name() + "/")).findFirst()
                .map(provider -> provider.requests().refusal(problem))
                .orElseGet(() -> Replies.refusal(problem.status(), problem.field(), problem.rule(), problem.message()));
    }
}
