package com.buyerjourneykit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.reference.journey.GuideStep;
import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.journey.StepStatus;
import com.buyerjourneykit.reference.providers.AopCall;
import com.buyerjourneykit.reference.providers.ProviderHttp;
import com.buyerjourneykit.reference.sections.memberaccount.MemberAccountSteps;
import com.buyerjourneykit.reference.sections.worldaccount.WorldAccountSteps;
import com.buyerjourneykit.reference.store.JdbcJourneyStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Buyers of guide section 6 on a running app and simulator: a journey whose 1688 member was seeded
 * (and recorded as section 2 records it), orders placed straight at the simulated 1688 (and recorded
 * as section 5 records its step), World Pay activated through section 4A, and CNH that arrived in a
 * CNH receiving account.
 */
public final class PaymentBuyers {
    public static final String PASSWORD = "246810";
    static final String PHONE_STAND = "610000000001";
    /** Section 5's step, equal by its id to the ordering section's. */
    static final JourneyStep ORDER = JourneyStep.of("1688-order", GuideStep.ORDER, "1688/orders");
    private final RunningReference running;
    private final AtomicInteger nextMobile;
    private final Map<String, String> cnhAccounts = new ConcurrentHashMap<>();
    private AopCall aop;

    public PaymentBuyers(RunningReference running, int firstMobile) {
        this.running = running;
        this.nextMobile = new AtomicInteger(firstMobile);
    }

    /** A buyer on their own journey (+60), signed in as a verified 1688 member. */
    public record Buyer(String journeyId, String mobile, String memberId, String worldAccountId) {
    }

    public Buyer signedIn() {
        String mobile = String.valueOf(nextMobile.getAndIncrement());
        String journeyId = JsonHttp.textField(JsonHttp.postJson(app() + "/api/v1/journeys",
                "{\"countryCode\":\"+60\",\"mobile\":\"" + mobile + "\"}").body(), "journeyId");
        String memberId = JsonHttp.textField(control("/1688/members", "{\"memberName\":\"payer" + mobile
                + "\",\"password\":\"Secret-2026\",\"countryCode\":\"+60\",\"mobile\":\"" + mobile + "\",\"verified\":true}"), "memberId");
        store().record(journeyId, MemberAccountSteps.SMS_CODE, StepStatus.DONE, memberId);
        return new Buyer(journeyId, mobile, memberId, "");
    }

    /** Signed in, World Pay activated for the member (section 4A through the app) and {@code cnhFen} in CNH. */
    public Buyer withWorldPay(long cnhFen) {
        Buyer buyer = signedIn();
        String worldAccountId = JsonHttp.textField(control("/worldfirst/world-accounts",
                "{\"countryCode\":\"+60\",\"mobile\":\"" + buyer.mobile() + "\"}"), "worldAccountId");
        store().record(buyer.journeyId(), WorldAccountSteps.WORLD_ACCOUNT, StepStatus.DONE, worldAccountId);
        post(buyer, "worldfirst/authorisations", "{\"alibaba1688Id\":\"" + buyer.memberId() + "\",\"agreementAccepted\":true}", 201);
        post(buyer, "worldfirst/authorisations/code-checks", "{\"code\":\"" + lastCode(buyer) + "\"}", 200);
        String accountNo = post(buyer, "worldfirst/receiving-accounts", "{\"currency\":\"CNH\",\"accountName\":\"CNH\"}", 201)
                .path("accountNo").asText();
        cnhAccounts.put(buyer.journeyId(), accountNo);
        addCnh(buyer, cnhFen);
        return new Buyer(buyer.journeyId(), buyer.mobile(), buyer.memberId(), worldAccountId);
    }

    /** CNH arriving in the buyer's CNH receiving account (fen). */
    void addCnh(Buyer buyer, long cnhFen) {
        if (cnhFen > 0) {
            control("/worldfirst/payments-received", "{\"accountNo\":\"" + cnhAccount(buyer) + "\",\"currency\":\"CNH\",\"value\":\""
                    + cnhFen + "\"}");
        }
    }

    String balanceCnh(Buyer buyer) {
        HttpResponse<String> answer = JsonHttp.get(app() + "/api/v1/worldfirst/balances?journeyId=" + buyer.journeyId());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JsonHttp.textField(answer.body(), "balanceCNH");
    }

    /** An order placed straight at 1688 and recorded as the journey's order step; {@code extra} overrides fields. */
    String order(Buyer buyer, String offerId, int quantity, Map<String, String> extra) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("memberId", buyer.memberId());
        fields.put("addressParam", "{\"fullName\":\"Nur Aisyah\",\"mobile\":\"" + buyer.mobile()
                + "\",\"countryCode\":\"MY\",\"address\":\"12 Jalan SS 2/24, Petaling Jaya\"}");
        fields.put("cargoParamList", "[{\"offerId\":\"" + offerId + "\",\"specId\":\"" + specOf(offerId) + "\",\"quantity\":" + quantity + "}]");
        fields.put("tradeType", "assureTrade");
        fields.put("crossBorderLogisticsSolutionId", "CAINIAO_GLOBAL_STANDARD");
        fields.putAll(extra);
        JsonNode answer = aop().call(AopCall.TRADE, "alibaba.trade.createCrossOrder", fields);
        assertThat(AopCall.isSuccess(answer)).as(answer.toString()).isTrue();
        String orderId = answer.path("result").path("orderId").asText();
        store().record(buyer.journeyId(), ORDER, StepStatus.DONE, orderId);
        return orderId;
    }

    /** One phone stand (20.00) with standard carriage (25.00): 45.00. */
    public String order(Buyer buyer) {
        return order(buyer, PHONE_STAND, 1, Map.of());
    }

    JsonNode checkout(Buyer buyer, String orderId, int expectedStatus) {
        HttpResponse<String> answer = JsonHttp.get(app() + "/api/v1/1688/checkout?journeyId=" + buyer.journeyId() + "&orderId=" + orderId);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(expectedStatus);
        return TopUpBuyers.read(answer.body());
    }

    JsonNode pay(Buyer buyer, String orderId, String method, String password, String key, int expectedStatus) {
        String body = "{\"orderId\":\"" + orderId + "\",\"method\":\"" + method + "\",\"paymentPassword\":\"" + password + "\""
                + (key == null ? "" : ",\"idempotencyKey\":\"" + key + "\"") + "}";
        return post(buyer, "1688/payments", body, expectedStatus);
    }

    /** The app's answer to a payment, whatever its status. */
    HttpResponse<String> payRaw(Buyer buyer, String orderId, String key) {
        return JsonHttp.postJson(app() + "/api/v1/journeys/" + buyer.journeyId() + "/1688/payments", "{\"orderId\":\"" + orderId
                + "\",\"method\":\"world-pay\",\"paymentPassword\":\"" + PASSWORD + "\",\"idempotencyKey\":\"" + key + "\"}");
    }

    /** The order as 1688's buyer view shows it. */
    JsonNode orderAt1688(Buyer buyer, String orderId) {
        return aop().call(AopCall.TRADE, "alibaba.trade.get.buyerView", Map.of("memberId", buyer.memberId(), "orderId", orderId))
                .path("result");
    }

    JsonNode post(Buyer buyer, String step, String body, int expectedStatus) {
        HttpResponse<String> answer = JsonHttp.postJson(app() + "/api/v1/journeys/" + buyer.journeyId() + "/" + step, body);
        assertThat(answer.statusCode()).as("%s %s", step, answer.body()).isEqualTo(expectedStatus);
        return TopUpBuyers.read(answer.body());
    }

    public String control(String path, String body) {
        HttpResponse<String> answer = JsonHttp.postJson(running.simulator().baseUrl() + "/__admin/sim" + path, body);
        assertThat(answer.statusCode()).as("control %s %s", path, answer.body()).isBetween(200, 299);
        return answer.body();
    }

    private String cnhAccount(Buyer buyer) {
        return cnhAccounts.get(buyer.journeyId());
    }

    private String lastCode(Buyer buyer) {
        JsonNode messages = TopUpBuyers.read(JsonHttp.get(running.simulator().baseUrl() + "/__admin/sim/sms-inbox/+60" + buyer.mobile())
                .body()).path("messages");
        return messages.get(messages.size() - 1).path("code").asText();
    }

    private static String specOf(String offerId) {
        return Map.of("610000000001", "-gray", "610000000005", "-black", "610000000011", "-kit", "610000000026", "-black")
                .get(offerId).transform(suffix -> offerId + suffix);
    }

    private synchronized AopCall aop() {
        if (aop == null) {
            aop = new AopCall(running.simulator().baseUrl() + "/1688", new AopCall.AopApp(ReferenceAppSettings.SIMULATOR_1688_APP_KEY,
                    ReferenceAppSettings.SIMULATOR_1688_APP_SECRET), new ProviderHttp(Duration.ofSeconds(2), Duration.ofSeconds(10)),
                    Clock.systemUTC());
        }
        return aop;
    }

    private String app() {
        return running.app().baseUrl();
    }

    private JdbcJourneyStore store() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(running.jdbcUrl());
        dataSource.setUser("sa");
        return new JdbcJourneyStore(dataSource);
    }
}
