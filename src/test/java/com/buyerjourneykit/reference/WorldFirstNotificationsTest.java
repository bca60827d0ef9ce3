package com.buyerjourneykit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.reference.TopUpBuyers.Buyer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * WorldFirst's notifications to the app: believed only when signed by WorldFirst's key,
 * acknowledged with the app's signature (so the simulated WorldFirst counts them delivered),
 * recorded once however often they come, and money in CNH tops the CNH step up (TOP-07).
 */
class WorldFirstNotificationsTest {
    @RegisterExtension
    static final RunningReference RUNNING = new RunningReference("worldfirst-notifications-test");
    private static final TopUpBuyers BUYERS = new TopUpBuyers(RUNNING, 6000);
    private static final String PATH = "/api/v1/worldfirst/notifications";

    @BeforeAll
    static void worldFirstKnowsWhereToNotify() {
        BUYERS.control("/worldfirst/clients", "{\"clientId\":\"" + SignedByWorldFirst.CLIENT + "\",\"notifyUrl\":\"" + RUNNING.app().baseUrl() + PATH + "\"}");
    }

    @Test
    void moneyArrivingIsAcknowledgedRecordedAndTopsUpCnh() throws SQLException {
        Buyer buyer = BUYERS.withEverythingBeforeTopUp();
        String accountNo = BUYERS.post(buyer, "worldfirst/receiving-accounts", "{\"currency\":\"CNH\",\"accountName\":\"Yuan\"}", 201)
                .path("accountNo").asText();
        JsonNode credited = TopUpBuyers.read(BUYERS.control("/worldfirst/payments-received",
                "{\"accountNo\":\"" + accountNo + "\",\"currency\":\"CNH\",\"value\":\"12345\"}"));
        assertThat(credited.path("notificationStatus").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(fundsRecorded(buyer)).isEqualTo(1);
        assertThat(BUYERS.progress(buyer).path("steps").path("top-up-cnh").asText()).isEqualTo("done");
        assertThat(BUYERS.balances(buyer).path("balanceCNH").asText()).isEqualTo("123.45");
    }

    @Test
    void theSameNotificationTwiceIsAcknowledgedTwiceAndRecordedOnce() throws SQLException {
        Buyer buyer = BUYERS.withWorldAccount();
        String body = "{\"notifyType\":\"FUNDS_RECEIVED\",\"worldAccountId\":\"" + buyer.worldAccountId()
                + "\",\"accountNo\":\"000000000001\",\"amount\":{\"currency\":\"SGD\",\"value\":\"100\"},"
                + "\"balance\":{\"currency\":\"SGD\",\"value\":\"100\"}}";
        for (int time = 0; time < 2; time++) {
            HttpResponse<String> answer = notify(body, body);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("{\"result\":{\"resultCode\":\"SUCCESS\",\"resultStatus\":\"S\",\"resultMessage\":\"success\"}}");
            assertThat(answer.headers().firstValue("Signature")).isPresent();
            assertThat(answer.headers().firstValue("Response-Time")).isPresent();
        }
        assertThat(fundsRecorded(buyer)).isEqualTo(1);
    }

    @Test
    void aNotificationWorldFirstDidNotSignIsRefusedAndNotRecorded() throws SQLException {
        Buyer buyer = BUYERS.withWorldAccount();
        String body = "{\"notifyType\":\"FUNDS_RECEIVED\",\"worldAccountId\":\"" + buyer.worldAccountId() + "\"}";
        HttpResponse<String> answer = notify(body, body.replace("FUNDS", "MONEY"));
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("\"resultStatus\":\"F\"");
        HttpResponse<String> unsigned = JsonHttp.call(HttpRequest.newBuilder(URI.create(RUNNING.app().baseUrl() + PATH))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(fundsRecorded(buyer)).isZero();
    }

    private static HttpResponse<String> notify(String body, String signedBody) {
        return SignedByWorldFirst.post(RUNNING.app().baseUrl(), PATH, body, signedBody);
    }

    private static int fundsRecorded(Buyer buyer) throws SQLException {
        try (Connection connection = DriverManager.getConnection(RUNNING.jdbcUrl(), "sa", "");
             ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM journey_fact WHERE journey_id = '"
                     + buyer.journeyId() + "' AND name LIKE 'funds-received/%'")) {
            count.next();
            return count.getInt(1);
        }
    }
}
