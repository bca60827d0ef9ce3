package com.buyerjourneykit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.journey.StepStatus;
import com.buyerjourneykit.reference.sections.GuideSections;
import com.buyerjourneykit.reference.sections.topup.TopUpSteps;
import com.buyerjourneykit.reference.sections.worldaccount.WorldAccountSteps;
import com.buyerjourneykit.reference.store.JdbcJourneyStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Buyers for the top-up tests: a journey whose World Account was opened (seeded in the simulated
 * WorldFirst and recorded as section 3 records it, the {@code world-account} step with the World
 * Account id as its reference), and the REST calls and simulator controls the tests use.
 */
public final class TopUpBuyers {
    static final JourneyStep WORLD_ACCOUNT = WorldAccountSteps.WORLD_ACCOUNT;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RunningReference running;
    private final AtomicInteger nextMobile;

    public TopUpBuyers(RunningReference running, int firstMobile) {
        this.running = running;
        this.nextMobile = new AtomicInteger(firstMobile);
    }

    /** A buyer on their own journey, keyed by mobile. */
    public record Buyer(String journeyId, String mobile, String worldAccountId) {
    }

    public Buyer withoutWorldAccount() {
        String mobile = "12348" + nextMobile.getAndIncrement();
        String journeyId = JsonHttp.textField(JsonHttp.postJson(running.app().baseUrl() + "/api/v1/journeys",
                "{\"countryCode\":\"+60\",\"mobile\":\"" + mobile + "\"}").body(), "journeyId");
        return new Buyer(journeyId, mobile, "");
    }

    public Buyer withWorldAccount() {
        Buyer buyer = withoutWorldAccount();
        String worldAccountId = JsonHttp.textField(control("/worldfirst/world-accounts",
                "{\"countryCode\":\"+60\",\"mobile\":\"" + buyer.mobile() + "\"}"), "worldAccountId");
        store().record(buyer.journeyId(), WORLD_ACCOUNT, StepStatus.DONE, worldAccountId);
        return new Buyer(buyer.journeyId(), buyer.mobile(), worldAccountId);
    }

    /** Every registered step before 4B done as well (the World Account keeps its id), so the progress's next step is 4B's own. */
    Buyer withEverythingBeforeTopUp() {
        Buyer buyer = withWorldAccount();
        for (JourneyStep step : GuideSections.steps().all()) {
            if (step.equals(TopUpSteps.RECEIVING_ACCOUNT)) {
                break;
            }
            if (!step.equals(WORLD_ACCOUNT)) {
                store().record(buyer.journeyId(), step, StepStatus.DONE, "done-in-setup");
            }
        }
        return buyer;
    }

    /** A buyer with an SGD receiving account holding {@code sgdMinorUnits}. */
    Buyer withSgd(long sgdMinorUnits) {
        Buyer buyer = withEverythingBeforeTopUp();
        String accountNo = fact(post(buyer, "worldfirst/receiving-accounts", "{\"currency\":\"SGD\",\"accountName\":\"Shop SGD\"}",
                201), "accountNo");
        control("/worldfirst/payments-received", "{\"accountNo\":\"" + accountNo + "\",\"currency\":\"SGD\",\"value\":\""
                + sgdMinorUnits + "\"}");
        return buyer;
    }

    JsonNode post(Buyer buyer, String step, String body, int expectedStatus) {
        HttpResponse<String> answer = JsonHttp.postJson(running.app().baseUrl() + "/api/v1/journeys/" + buyer.journeyId()
                + "/" + step, body);
        assertThat(answer.statusCode()).as("%s %s", step, answer.body()).isEqualTo(expectedStatus);
        return read(answer.body());
    }

    JsonNode balances(Buyer buyer) {
        HttpResponse<String> answer = JsonHttp.get(running.app().baseUrl() + "/api/v1/worldfirst/balances?journeyId=" + buyer.journeyId());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return read(answer.body());
    }

    JsonNode progress(Buyer buyer) {
        return read(JsonHttp.get(running.app().baseUrl() + "/api/v1/journeys/" + buyer.journeyId()).body());
    }

    public String control(String path, String body) {
        HttpResponse<String> answer = JsonHttp.postJson(running.simulator().baseUrl() + "/__admin/sim" + path, body);
        assertThat(answer.statusCode()).as("control %s %s", path, answer.body()).isBetween(200, 299);
        return answer.body();
    }

    JdbcJourneyStore store() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(running.jdbcUrl());
        dataSource.setUser("sa");
        return new JdbcJourneyStore(dataSource);
    }

    static String fact(JsonNode answer, String name) {
        return answer.path(name).asText();
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(json, e);
        }
    }
}
