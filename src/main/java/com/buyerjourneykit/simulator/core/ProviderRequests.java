package com.buyerjourneykit.simulator.core;

import com.buyerjourneykit.simulator.Replies;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Optional;
import java.util.Set;

/**
 * How a provider's requests are read before any of its APIs sees them: which operation and which
 * buyer (for faults on demand and the request log), the media type its gateway takes, and how it
 * words a refusal of a request it cannot read at all. A provider declares this once; the core
 * then gives it faults, the size limit, the type check and the log without a line more.
 */
public interface ProviderRequests {

    /** The operation asked for, by the name its documentation uses ("account.user.register"), if it can be told. */
    Optional<String> operation(Request request);

    /** Every operation name, so that a fault for a misspelt one is refused instead of never firing. */
    Set<String> operations();

    /** Whom the request is about; {@link Buyer#nobody()} when it does not say. */
    Buyer buyer(Request request);

    /** The media type a POST must declare ({@code application/x-www-form-urlencoded}); empty: any. */
    String contentType();

    /** The provider's own answer to a request it cannot read: too large (413), of the wrong type (415). */
    ResponseDefinition refusal(RequestProblem problem);

    /** For a provider that has declared nothing: no operations, nobody, JSON {field, rule, message}. */
    static ProviderRequests undeclared() {
        return new ProviderRequests() {
            @Override
            public Optional<String> operation(Request request) {
                return Optional.empty();
            }

            @Override
            public Set<String> operations() {
                return Set.of();
            }

            @Override
            public Buyer buyer(Request request) {
                return Buyer.nobody();
            }

            @Override
            public String contentType() {
                return "";
            }

            @Override
            public ResponseDefinition refusal(RequestProblem problem) {
                return Replies.refusal(problem.status(), problem.field(), problem.rule(), problem.message());
            }
        };
    }
}
