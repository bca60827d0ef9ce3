package com.buyerjourneykit.containers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.Network;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** Both images together: the app container reaches the simulator container by name on their own network. */
@Testcontainers
class ReferenceAppContainerIT {
    @Container
    static final SimulatorContainer simulator = new SimulatorContainer().withNetwork(Network.newNetwork());
    @Container
    static final ReferenceAppContainer app = new ReferenceAppContainer(simulator);

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aJourneyStartsAndItsAlipayCodeTravelsFromAppToSimulatorAndBack() throws Exception {
        HttpResponse<String> started = post(app.baseUrl() + "/api/v1/journeys", "{\"countryCode\":\"+60\",\"mobile\":\"123450202\"}");
        String steps = app.baseUrl() + "/api/v1/journeys/" + json.readTree(started.body()).path("journeyId").asText();

        HttpResponse<String> sent = post(steps + "/alipay/verification-codes", "{}");
        String code = inboxOf("+60123450202").path("messages").get(0).path("code").asText();
        HttpResponse<String> checked = post(steps + "/alipay/verification-codes/checks", "{\"code\":\"" + code + "\"}");

        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
    }

    private JsonNode inboxOf(String e164) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.controlUrl() + "/sms-inbox/" + e164)).build();
        return json.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private HttpResponse<String> post(String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
