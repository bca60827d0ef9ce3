package com.buyerjourneykit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.simulator.Simulator;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Buyers' journeys on a reference app under test, each with a mobile number of its own: started,
 * brought past the SMS code, stepped through over REST, and looked into (the app's database, Alipay's registry).
 */
final class ReferenceJourneys {
    private final ReferenceApp app;
    private final Simulator simulator;
    private final String jdbcUrl;
    private final AtomicInteger nextMobile;

    ReferenceJourneys(ReferenceApp app, Simulator simulator, String jdbcUrl, int firstMobile) {
        this.app = app;
        this.simulator = simulator;
        this.jdbcUrl = jdbcUrl;
        this.nextMobile = new AtomicInteger(firstMobile);
    }

    String newJourney() {
        return journeyOf(String.valueOf(nextMobile.getAndIncrement()));
    }

    /** A journey whose buyer has entered the SMS code Alipay sent. */
    String journeyWithCode() {
        String mobile = String.valueOf(nextMobile.getAndIncrement());
        String journey = app.baseUrl() + "/api/v1/journeys/" + journeyOf(mobile);
        assertThat(JsonHttp.postJson(journey + "/alipay/verification-codes", "{}").statusCode()).isEqualTo(201);
        String inbox = JsonHttp.get(simulator.baseUrl() + "/__admin/sim/sms-inbox/+60" + mobile).body();
        String code = JsonHttp.textField(inbox, "code");
        assertThat(JsonHttp.postJson(journey + "/alipay/verification-codes/checks", "{\"code\":\"" + code + "\"}").body())
                .contains("\"result\":\"accepted\"");
        return journey.substring(journey.lastIndexOf('/') + 1);
    }

    private String journeyOf(String mobile) {
        String answer = JsonHttp.postJson(app.baseUrl() + "/api/v1/journeys",
                "{\"countryCode\":\"+60\",\"mobile\":\"" + mobile + "\"}").body();
        return JsonHttp.textField(answer, "journeyId");
    }

    Map<String, String> stepReferences(String journeyId) {
        Map<String, String> references = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "");
             PreparedStatement query = connection.prepareStatement("SELECT step, reference FROM journey_step WHERE journey_id = ?")) {
            query.setString(1, journeyId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    references.put(row.getString("step"), String.valueOf(row.getString("reference")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return references;
    }

    String mobileOf(String journeyId) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "");
             PreparedStatement query = connection.prepareStatement("SELECT mobile FROM journey WHERE id = ?")) {
            query.setString(1, journeyId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString("mobile");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What Alipay itself says of the buyer's account: {@code alipay.user.personal.account.query} on the simulator. */
    String alipayAccount(String mobile) {
        String bizContent = URLEncoder.encode("{\"country_code\":\"+60\",\"mobile\":\"" + mobile + "\"}", StandardCharsets.UTF_8);
        return JsonHttp.postForm(simulator.baseUrl() + "/alipay/gateway.do",
                "method=alipay.user.personal.account.query&biz_content=" + bizContent).body();
    }

    String progress(String journeyId) {
        return JsonHttp.get(app.baseUrl() + "/api/v1/journeys/" + journeyId).body();
    }

    HttpResponse<String> post(String journeyId, String step, String body) {
        return JsonHttp.postJson(app.baseUrl() + "/api/v1/journeys/" + journeyId + "/alipay/" + step, body);
    }
}
