package com.buyerjourneykit.reference.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sends exchanges to an app, expects a status, and has the contract check each one. */
final class ContractCalls {
    static final String JOURNEYS = "/api/v1/journeys";
    static final String JOURNEY = JOURNEYS + "/{journeyId}";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final PublishedContract contract;

    ContractCalls(PublishedContract contract) {
        this.contract = contract;
    }

    /** {@code POST} to a step of a journey: {@code step} such as {@code alipay/identity}. */
    String step(String baseUrl, String journeyId, String step, String body, int expected) {
        return send(baseUrl, Exchange.post(JOURNEY + "/" + step, JOURNEYS + "/" + journeyId + "/" + step, body), expected);
    }

    String send(String baseUrl, Exchange exchange, int expected) {
        HttpResponse<String> answer = call(baseUrl, exchange);
        assertThat(answer.statusCode()).as("%s %s %s", exchange.method(), exchange.path(), answer.body()).isEqualTo(expected);
        contract.check(exchange, answer);
        return answer.body();
    }

    static String field(String json, String name) {
        Matcher field = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        assertThat(field.find()).as("\"%s\" in %s", name, json).isTrue();
        return field.group(1);
    }

    static HttpResponse<String> call(String baseUrl, Exchange exchange) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + exchange.path()));
        if (exchange.contentType() != null) {
            request.header("Content-Type", exchange.contentType());
        }
        request.method(exchange.method(), exchange.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(exchange.body()));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
