package com.buyerjourneykit.reference.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * openapi/reference-api.yaml as a checker: each real exchange is validated against it (an answer
 * always, a request when the app accepted it), and every documented status of every operation is
 * ticked off when seen.
 */
final class PublishedContract {
    private static final String FILE = Path.of("openapi/reference-api.yaml").toUri().toString();
    private final OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForSpecificationUrl(FILE).build();
    private final Set<String> documented = documentedAnswers();
    private final Set<String> seen = new TreeSet<>();

    /** {@code template} is the contract's path, such as {@code /api/v1/journeys/{journeyId}}. */
    void check(Exchange exchange, HttpResponse<String> answer) {
        SimpleResponse response = SimpleResponse.Builder.status(answer.statusCode())
                .withContentType(answer.headers().firstValue("Content-Type").orElse("")).withBody(answer.body()).build();
        ValidationReport report = validator.validateResponse(exchange.path(), method(exchange), response);
        if (answer.statusCode() < 300) {
            report = report.merge(validator.validateRequest(request(exchange)));
        }
        assertThat(report.getMessages()).as("%s %s → %d %s", exchange.method(), exchange.path(), answer.statusCode(),
                answer.body()).isEmpty();
        seen.add(exchange.method() + " " + exchange.template() + " " + answer.statusCode());
    }

    Set<String> documented() {
        return documented;
    }

    Set<String> notSeen() {
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(seen);
        return missing;
    }

    private static Request request(Exchange exchange) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(exchange.method(), exchange.path());
        if (exchange.contentType() != null) {
            request.withContentType(exchange.contentType());
        }
        return exchange.body().isEmpty() ? request.build() : request.withBody(exchange.body()).build();
    }

    private static Request.Method method(Exchange exchange) {
        return Request.Method.valueOf(exchange.method());
    }

    private static Set<String> documentedAnswers() {
        OpenAPI contract = new OpenAPIV3Parser().read(FILE);
        Set<String> answers = new TreeSet<>();
        contract.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                operation.getResponses().keySet().forEach(status -> answers.add(method.name() + " " + path + " " + status))));
        return answers;
    }
}
