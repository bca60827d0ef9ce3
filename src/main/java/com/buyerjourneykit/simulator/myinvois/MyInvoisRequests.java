package com.buyerjourneykit.simulator.myinvois;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.core.Buyer;
import com.buyerjourneykit.simulator.core.FormFields;
import com.buyerjourneykit.simulator.core.ProviderRequests;
import com.buyerjourneykit.simulator.core.RequestProblem;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the core reads a MyInvois call: the operation from method and path; the "buyer" is the
 * client that calls (by its client id, for the token by the form's {@code client_id}), known also
 * by its taxpayer TIN and, for TIN validation, the TIN asked about: a fault can be armed for any
 * of those. Never the secret or the token. Each API checks its own media type.
 */
final class MyInvoisRequests implements ProviderRequests {
    static final String CONNECT_TOKEN = "connect-token";
    static final String SUBMIT_DOCUMENTS = "submit-documents";
    static final String GET_SUBMISSION = "get-submission";
    static final String GET_DOCUMENT_DETAILS = "get-document-details";
    static final String VALIDATE_TIN = "validate-tin";
    private static final Map<String, Pattern> PATHS = Map.of(
            "POST " + CONNECT_TOKEN, Pattern.compile("/myinvois/connect/token"),
            "POST " + SUBMIT_DOCUMENTS, Pattern.compile("/myinvois/api/v1\\.0/documentsubmissions/?"),
            "GET " + GET_SUBMISSION, Pattern.compile("/myinvois/api/v1\\.0/documentsubmissions/[^/]+"),
            "GET " + GET_DOCUMENT_DETAILS, Pattern.compile("/myinvois/api/v1\\.0/documents/[^/]+/details"),
            "GET " + VALIDATE_TIN, Pattern.compile("/myinvois/api/v1\\.0/taxpayer/validate/[^/]+"));
    private final Tokens tokens;

    MyInvoisRequests(Tokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Optional<String> operation(Request request) {
        String path = request.getUrl().split("\\?", 2)[0];
        RequestMethod method = request.getMethod();
        return PATHS.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(method.getName() + " ") && entry.getValue().matcher(path).matches())
                .map(entry -> entry.getKey().substring(entry.getKey().indexOf(' ') + 1))
                .findFirst();
    }

    @Override
    public Set<String> operations() {
        return Set.of(CONNECT_TOKEN, SUBMIT_DOCUMENTS, GET_SUBMISSION, GET_DOCUMENT_DETAILS, VALIDATE_TIN);
    }

    @Override
    public Buyer buyer(Request request) {
        Optional<String> operation = operation(request);
        if (operation.filter(CONNECT_TOKEN::equals).isPresent()) {
            return FormFields.decode(request.getBodyAsString()).single("client_id")
                    .filter(id -> !id.isBlank()).map(id -> Buyer.known(id, Set.of(id))).orElse(Buyer.nobody());
        }
        Set<String> keys = new HashSet<>();
        Optional<Clients.Client> client = tokens.clientOf(BearerToken.of(request).orElse(null));
        client.ifPresent(found -> keys.addAll(Set.of(found.clientId(), found.tin())));
        operation.filter(VALIDATE_TIN::equals).ifPresent(validate -> keys.add(PathSegments.last(request.getUrl())));
        keys.removeIf(String::isBlank);
        return Buyer.known(client.map(Clients.Client::clientId).orElse("-"), keys);
    }

    @Override
    public String contentType() {
        return "";
    }

    /** MyInvois's standard error response; a body too large is its {@code MaximumSizeExceeded}. */
    @Override
    public ResponseDefinition refusal(RequestProblem problem) {
        String code = switch (problem.status()) {
            case 413 -> "MaximumSizeExceeded";
            case 415 -> "UnsupportedMediaType";
            default -> "BadRequest";
        };
        MyInvoisError error = new MyInvoisError(problem.status(), code, problem.message(), problem.field(),
                List.of(new Problem(problem.rule(), problem.message(), problem.field(), null)));
        return Replies.json(problem.status(), error.json());
    }
}
