package com.buyerjourneykit.reference.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
        ValidationReport report = validator.validateResponse(pathOnly(exchange), method(exchange), response);
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

    /** The path without its query string, which the validator reads as parameters instead. */
    private static String pathOnly(Exchange exchange) {
        int query = exchange.path().indexOf('?');
        return query < 0 ? exchange.path() : exchange.path().substring(0, query);
    }

    private static Request request(Exchange exchange) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(exchange.method(), pathOnly(exchange));
        queryOf(exchange).forEach(request::withQueryParam);
        if (exchange.contentType() != null) {
            request.withContentType(exchange.contentType());
        }
        return exchange.body().isEmpty() ? request.build() : request.withBody(exchange.body()).build();
    }

    private static Map<String, String> queryOf(Exchange exchange) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int query = exchange.path().indexOf('?');
        if (query >= 0) {
            for (String pair : exchange.path().substring(query + 1).split("&")) {
                String[] nameValue = pair.split("=", 2);
                parameters.put(nameValue[0], URLDecoder.decode(nameValue.length > 1 ? nameValue[1] : "",
                        StandardCharsets.UTF_8));
            }
        }
        return parameters;
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
