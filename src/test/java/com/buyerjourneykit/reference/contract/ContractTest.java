package com.buyerjourneykit.reference.contract;

import static com.buyerjourneykit.reference.contract.ContractCalls.JOURNEY;
import static com.buyerjourneykit.reference.contract.ContractCalls.JOURNEYS;
import static com.buyerjourneykit.reference.contract.ContractCalls.field;
import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.reference.EInvoiceBuyers;
import com.buyerjourneykit.reference.ReferenceApp;
import com.buyerjourneykit.reference.ReferenceAppSettings;
import com.buyerjourneykit.reference.RunningReference;
import com.buyerjourneykit.reference.PaymentBuyers;
import com.buyerjourneykit.reference.SignedByWorldFirst;
import com.buyerjourneykit.reference.TopUpBuyers;
import com.buyerjourneykit.reference.TopUpBuyers.Buyer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 7, defect 7: the app and openapi/reference-api.yaml cannot drift apart. Real requests go to a
 * running app; every answer (and every accepted request) is validated against the contract, and
 * every documented status of every operation must have been seen. A provider outage is an app on
 * the same database whose providers are unreachable.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContractTest {
    @RegisterExtension
    static final RunningReference RUNNING = new RunningReference("contract-test");
    private static final PublishedContract CONTRACT = new PublishedContract();
    private static final ContractCalls CALLS = new ContractCalls(CONTRACT);
    private static final AtomicInteger NEXT_MOBILE = new AtomicInteger(1000);
    private static final String PASSWORD = "Secret-2026";
    private static final String LINKED = "/api/v1/worldfirst/linked-1688-accounts";
    private static final Map<String, String> VALID = Map.ofEntries(
            Map.entry("alipay/verification-codes", ""),
            Map.entry("alipay/verification-codes/checks", "{\"code\":\"123456\"}"),
            Map.entry("alipay/identity", "{\"documentType\":\"PASSPORT\",\"documentNumber\":\"A12345678\",\"fullName\":\"Nur Aisyah\","
                    + "\"nationality\":\"MY\",\"dateOfBirth\":\"1990-04-12\"}"),
            Map.entry("alipay/address", "{\"country\":\"MY\",\"region\":\"Selangor\",\"city\":\"Petaling Jaya\","
                    + "\"addressLine\":\"12 Jalan SS 2/24\",\"postalCode\":\"47300\"}"),
            Map.entry("alipay/personal-details", "{\"occupation\":\"Online retailer\",\"email\":\"buyer@example.com\"}"),
            Map.entry("1688/registration/resend", ""),
            Map.entry("1688/registration/code-checks", "{\"code\":\"123456\"}"),
            Map.entry("1688/alipay-verification", ""),
            Map.entry("1688/existing-account", "{\"memberName\":\"shopper\",\"password\":\"" + PASSWORD + "\"}"),
            Map.entry("worldfirst/world-account/verification-codes", "{}"),
            Map.entry("worldfirst/world-account", worldAccount("123456")),
            Map.entry("worldfirst/authorisations", authorisation("shopper")),
            Map.entry("worldfirst/authorisations/resend", ""),
            Map.entry("worldfirst/authorisations/code-checks", "{\"code\":\"123456\"}"));
    private static final String PREVIEWS = "worldfirst/receiving-accounts/previews";
    private static final String RECEIVING_ACCOUNTS = "worldfirst/receiving-accounts";
    private static final String QUOTES = "worldfirst/quotes";
    private static final String CONVERSIONS = "worldfirst/conversions";
    private static final String NOTIFICATIONS = "/api/v1/worldfirst/notifications";
    private static final String SEARCHES = "1688/searches";
    private static final String ORDER_PREVIEWS = "1688/orders/previews";
    private static final String ORDERS = "1688/orders";
    private static final String PRODUCTS = "/api/v1/1688/products";
    private static final String ORDER_EXPORTS = "1688/order-exports";
    private static final String E_INVOICE_PREVIEWS = "myinvois/self-billed-invoices/previews";
    private static final String E_INVOICES = "myinvois/self-billed-invoices";
    private static ReferenceApp unreachableProviders;

    @BeforeAll
    static void startAnAppWhoseProvidersAreDown() {
        unreachableProviders = ReferenceApp.start(ReferenceAppSettings.forSimulator("http://127.0.0.1:9")
                .withDatabase(RUNNING.jdbcUrl()));
    }

    @AfterAll
    static void everyDocumentedStatusWasSeen() {
        unreachableProviders.close();
        System.out.printf("contract: %d documented operation statuses, %d not exercised%n",
                CONTRACT.documented().size(), CONTRACT.notSeen().size());
        assertThat(CONTRACT.notSeen()).as("documented but never answered").isEmpty();
    }

    @Test
    @Order(1)
    void journeysStartResumeAndShow() {
        String mobile = mobile();
        String started = CALLS.send(app(), Exchange.post(JOURNEYS, JOURNEYS, phone(mobile)), 201);
        CALLS.send(app(), Exchange.post(JOURNEYS, JOURNEYS, phone(mobile)), 200);
        CALLS.send(app(), Exchange.post(JOURNEYS, JOURNEYS, "{\"countryCode\":\"+60\"}"), 400);
        CALLS.send(app(), Exchange.get(JOURNEY, JOURNEYS + "/" + field(started, "journeyId")), 200);
        CALLS.send(app(), Exchange.get(JOURNEY, JOURNEYS + "/no-such-journey"), 404);
    }

    @Test
    @Order(1)
    void helpContactsNowAtAMomentAndWithABadMoment() {
        CALLS.send(app(), Exchange.get("/api/v1/help", "/api/v1/help"), 200);
        CALLS.send(app(), Exchange.get("/api/v1/help", "/api/v1/help?at=2026-01-05T09:00%2B08:00"), 200);
        CALLS.send(app(), Exchange.get("/api/v1/help", "/api/v1/help?at=tomorrow"), 400);
    }

    @Test
    @Order(2)
    void everyPostRefusesBadBodiesTypesSizesAndUnknownJourneys() {
        String journey = journey(mobile());
        refuseBadRequests(JOURNEYS, JOURNEYS);
        VALID.forEach((step, body) -> {
            refuseBadRequests(JOURNEY + "/" + step, JOURNEYS + "/" + journey + "/" + step);
            CALLS.step(app(), "no-such-journey", step, body, 404);
        });
        CALLS.step(app(), "no-such-journey", "1688/registration", registration("no-such-journey", mobile()), 404);
        refuseBadRequests(JOURNEY + "/1688/registration", JOURNEYS + "/" + journey + "/1688/registration");
    }

    @Test
    @Order(3)
    void theAlipayAccountStepByStep() {
        String mobile = mobile();
        String journey = journey(mobile);
        CALLS.step(app(), journey, "alipay/identity", VALID.get("alipay/identity"), 409);
        CALLS.step(down(), journey, "alipay/verification-codes", "", 503);
        CALLS.step(app(), journey, "alipay/verification-codes", "", 201);
        CALLS.step(app(), journey, "alipay/verification-codes", "{}", 429);
        CALLS.step(app(), journey, "alipay/verification-codes/checks", "{\"code\":\"" + wrong(smsCode(mobile)) + "\"}", 422);
        CALLS.step(down(), journey, "alipay/verification-codes/checks", code(smsCode(mobile)), 503);
        CALLS.step(app(), journey, "alipay/verification-codes/checks", code(smsCode(mobile)), 200);
        CALLS.step(app(), journey, "alipay/address", VALID.get("alipay/address"), 409);
        CALLS.step(app(), journey, "alipay/identity", VALID.get("alipay/identity").replace("A12345678", "FAIL12345"), 422);
        passAfterAnOutage(journey, "alipay/identity", 200);
        CALLS.step(app(), journey, "alipay/personal-details", VALID.get("alipay/personal-details"), 409);
        passAfterAnOutage(journey, "alipay/address", 200);
        passAfterAnOutage(journey, "alipay/personal-details", 200);
    }

    @Test
    @Order(4)
    void theMemberAccountStepByStep() {
        String mobile = mobile();
        String journey = journey(mobile);
        CALLS.step(app(), journey, "1688/registration/resend", "", 409);
        CALLS.step(app(), journey, "1688/registration/code-checks", code("123456"), 409);
        CALLS.step(app(), journey, "1688/alipay-verification", "", 409);
        CALLS.step(app(), journey, "1688/registration", registration(journey, mobile).replace("300", "299"), 422);
        CALLS.step(down(), journey, "1688/registration", registration(journey, mobile), 503);
        CALLS.step(app(), journey, "1688/registration", registration(journey, mobile), 201);
        CALLS.step(app(), journey, "1688/registration", registration(journey, mobile), 429);
        CALLS.step(app(), journey, "1688/registration/resend", "", 429);
        CALLS.step(down(), journey, "1688/registration/resend", "", 503);
        advanceClock(mobile, 61);
        CALLS.step(app(), journey, "1688/registration/resend", "", 201);
        CALLS.step(app(), journey, "1688/registration/code-checks", "{\"code\":\"" + wrong(smsCode(mobile)) + "\"}", 422);
        CALLS.step(down(), journey, "1688/registration/code-checks", code(smsCode(mobile)), 503);
        CALLS.step(app(), journey, "1688/registration/code-checks", code(smsCode(mobile)), 200);
        CALLS.step(app(), journey, "1688/registration", registration(journey, mobile), 409);
        CALLS.step(app(), journey, "1688/existing-account", VALID.get("1688/existing-account"), 409);
        control("/alipay/completed-accounts", "{\"phone\":\"+60" + mobile + "\"}");
        passAfterAnOutage(journey, "1688/alipay-verification", 200);
    }

    @Test
    @Order(5)
    void signingInWithAnExistingMember() {
        String mobile = mobile();
        String journey = journey(mobile);
        String member = "member" + mobile;
        control("/1688/members", "{\"memberName\":\"" + member + "\",\"password\":\"" + PASSWORD
                + "\",\"countryCode\":\"+60\",\"mobile\":\"" + mobile + "\",\"verified\":true}");
        CALLS.step(app(), journey, "1688/existing-account", "{\"memberName\":\"" + member + "\",\"password\":\"Wrong-2026\"}", 422);
        passAfterAnOutage(journey, "1688/existing-account", "{\"memberName\":\"" + member + "\",\"password\":\"" + PASSWORD + "\"}", 200);
    }

    @Test
    @Order(5)
    void theWorldAccountStepByStep() {
        String mobile = mobile();
        String journey = journey(mobile);
        CALLS.step(down(), journey, "worldfirst/world-account/verification-codes", "{}", 503);
        CALLS.step(app(), journey, "worldfirst/world-account/verification-codes", "{\"codeChannel\":\"MOBILE\"}", 201);
        CALLS.step(app(), journey, "worldfirst/world-account/verification-codes", "", 429);
        CALLS.step(app(), journey, "worldfirst/world-account", worldAccount(wrong(smsCode(mobile))), 422);
        passAfterAnOutage(journey, "worldfirst/world-account", worldAccount(smsCode(mobile)), 201);
        CALLS.step(app(), journey, "worldfirst/world-account", worldAccount(smsCode(mobile)), 409);
        CALLS.step(app(), journey, "worldfirst/world-account/verification-codes", "{}", 409);
    }

    @Test
    @Order(5)
    void topUpReceivingAccountsBalancesQuotesAndConversions() {
        TopUpBuyers buyers = new TopUpBuyers(RUNNING, 7000);
        Buyer stranger = buyers.withoutWorldAccount();
        Buyer buyer = buyers.withWorldAccount();
        String account = "{\"currency\":\"SGD\",\"accountName\":\"Shop SGD\",\"idempotencyKey\":\"contract-1\"}";
        String everyField = account.replace("}", ",\"buyCurrency\":\"CNH\",\"sellCurrency\":\"SGD\",\"sellAmount\":\"1.00\","
                + "\"quoteId\":\"qt-1\"}");
        for (String step : List.of(PREVIEWS, RECEIVING_ACCOUNTS, QUOTES, CONVERSIONS)) {
            refuseBadRequests(JOURNEY + "/" + step, JOURNEYS + "/" + buyer.journeyId() + "/" + step);
            CALLS.step(app(), "no-such-journey", step, everyField, 404);
            CALLS.step(app(), buyer.journeyId(), step, "{\"currency\":\"SGD\",\"sellCurrency\":\"sgd\"}", 400);
            CALLS.step(app(), stranger.journeyId(), step, everyField, 409);
        }
        String preview = "{\"currency\":\"SGD\",\"accountName\":\"Shop SGD\"}";
        CALLS.step(app(), buyer.journeyId(), PREVIEWS, preview.replace("SGD\"", "KRW\""), 422);
        passAfterAnOutage(buyer.journeyId(), PREVIEWS, preview, 200);
        CALLS.step(app(), buyer.journeyId(), RECEIVING_ACCOUNTS, account.replace("SGD\"", "KRW\""), 422);
        passAfterAnOutage(buyer.journeyId(), RECEIVING_ACCOUNTS, account, 201);
        String accountNo = field(CALLS.step(app(), buyer.journeyId(), RECEIVING_ACCOUNTS, account, 201), "accountNo");
        control("/worldfirst/payments-received", "{\"accountNo\":\"" + accountNo + "\",\"currency\":\"SGD\",\"value\":\"1000\"}");
        balances(buyer.journeyId());
        String quote = "{\"sellCurrency\":\"SGD\",\"buyCurrency\":\"CNH\",\"sellAmount\":\"10.00\"}";
        CALLS.step(app(), buyer.journeyId(), QUOTES, quote.replace("SGD", "KRW"), 422);
        CALLS.step(down(), buyer.journeyId(), QUOTES, quote, 503);
        String tooMuch = field(CALLS.step(app(), buyer.journeyId(), QUOTES, quote.replace("10.00", "20.00"), 201), "quoteId");
        CALLS.step(app(), buyer.journeyId(), CONVERSIONS, "{\"quoteId\":\"" + tooMuch + "\"}", 422);
        String quoteId = field(CALLS.step(app(), buyer.journeyId(), QUOTES, quote, 201), "quoteId");
        passAfterAnOutage(buyer.journeyId(), CONVERSIONS, "{\"quoteId\":\"" + quoteId + "\",\"idempotencyKey\":\"c-1\"}", 201);
    }

    @Test
    @Order(5)
    void authorisingA1688IdForWorldPayStepByStep() {
        String mobile = mobile();
        String journey = journey(mobile);
        String member = "wfc" + mobile;
        control("/1688/members", "{\"memberName\":\"" + member + "\",\"password\":\"" + PASSWORD
                + "\",\"countryCode\":\"+60\",\"mobile\":\"" + mobile + "\",\"verified\":true}");
        CALLS.step(app(), journey, "worldfirst/authorisations", authorisation(member), 409);
        CALLS.step(app(), journey, "worldfirst/authorisations/resend", "", 409);
        CALLS.step(app(), journey, "worldfirst/authorisations/code-checks", code("123456"), 409);
        linked(app(), journey, 409);
        CALLS.step(app(), journey, "worldfirst/world-account/verification-codes", "{}", 201);
        CALLS.step(app(), journey, "worldfirst/world-account", worldAccount(smsCode(mobile)), 201);
        CALLS.step(app(), journey, "worldfirst/authorisations", authorisation("not_a_member"), 422);
        CALLS.step(app(), journey, "worldfirst/authorisations/resend", "", 422);
        CALLS.step(app(), journey, "worldfirst/authorisations/code-checks", code("123456"), 422);
        passAfterAnOutage(journey, "worldfirst/authorisations", authorisation(member), 201);
        CALLS.step(app(), journey, "worldfirst/authorisations", authorisation(member), 429);
        CALLS.step(app(), journey, "worldfirst/authorisations/resend", "{}", 429);
        advanceClock(mobile, 61);
        passAfterAnOutage(journey, "worldfirst/authorisations/resend", "", 201);
        CALLS.step(app(), journey, "worldfirst/authorisations/code-checks", code(wrong(smsCode(mobile))), 422);
        passAfterAnOutage(journey, "worldfirst/authorisations/code-checks", code(smsCode(mobile)), 200);
        linked(down(), journey, 503);
        linked(app(), journey, 200);
        linked(app(), "no-such-journey", 404);
        CALLS.send(app(), Exchange.get(LINKED, LINKED), 400);
    }

    @Test
    @Order(5)
    void orderingOn1688SearchesProductsPreviewsAndOrders() {
        String mobile = mobile();
        String journey = journey(mobile);
        String stranger = journey(mobile());
        String member = "ord" + mobile;
        control("/1688/members", "{\"memberName\":\"" + member + "\",\"password\":\"" + PASSWORD
                + "\",\"countryCode\":\"+60\",\"mobile\":\"" + mobile + "\",\"verified\":true}");
        CALLS.step(app(), journey, "1688/existing-account", "{\"memberName\":\"" + member + "\",\"password\":\"" + PASSWORD + "\"}", 200);
        String order = "{\"offerId\":\"610000000001\",\"specId\":\"610000000001-gray\",\"quantity\":2,\"fullName\":\"Nur Aisyah\","
                + "\"address\":\"12 Jalan SS 2/24\",\"logisticsSolutionId\":\"CAINIAO_GLOBAL_STANDARD\",\"idempotencyKey\":\"contract-order\"}";
        Map<String, String> valid = Map.of(SEARCHES, "{\"keyword\":\"phone stand\",\"page\":1}", ORDER_PREVIEWS, order, ORDERS, order);
        valid.forEach((step, body) -> {
            refuseBadRequests(JOURNEY + "/" + step, JOURNEYS + "/" + journey + "/" + step);
            CALLS.step(app(), "no-such-journey", step, body, 404);
            CALLS.step(app(), stranger, step, body, 409);
            CALLS.step(app(), journey, step, body.replace("\"page\":1", "\"page\":0").replace("\"quantity\":2", "\"quantity\":0"), 400);
            passAfterAnOutage(journey, step, body, step.equals(ORDERS) ? 201 : 200);
        });
        String tooFew = order.replace("610000000001", "610000000002").replace("-gray", "-clear");
        CALLS.step(app(), journey, ORDER_PREVIEWS, tooFew, 422);
        CALLS.step(app(), journey, ORDERS, tooFew.replace("contract-order", "contract-too-few"), 422);
        products("?journeyId=" + journey + "&offerId=610000000001", 200);
        products("?journeyId=" + journey + "&offerId=stand", 400);
        products("?journeyId=no-such-journey&offerId=610000000001", 404);
        products("?journeyId=" + stranger + "&offerId=610000000001", 409);
        CALLS.send(down(), Exchange.get(PRODUCTS, PRODUCTS + "?journeyId=" + journey + "&offerId=610000000001"), 503);
    }

    private static void products(String query, int expected) {
        CALLS.send(app(), Exchange.get(PRODUCTS, PRODUCTS + query), expected);
    }

    @Test
    @Order(5)
    void worldFirstNotificationsAreBelievedOnlyWhenSigned() {
        String body = "{\"notifyType\":\"FUNDS_RECEIVED\",\"worldAccountId\":\"wfa-unknown\"}";
        notify(body, body, 200);
        notify("[1]", "[1]", 400);
        notify(body, "{}", 401);
    }

    /** Signed as WorldFirst signs, over {@code signedBody}; checked against the contract like every other exchange. */
    private static void notify(String body, String signedBody, int expected) {
        HttpResponse<String> answer = SignedByWorldFirst.post(app(), NOTIFICATIONS, body, signedBody);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(expected);
        CONTRACT.check(Exchange.post(NOTIFICATIONS, NOTIFICATIONS, body).declaredAs("application/json; charset=UTF-8"), answer);
    }

    private static void balances(String journeyId) {
        String path = "/api/v1/worldfirst/balances";
        CALLS.send(app(), Exchange.get(path, path), 400);
        CALLS.send(app(), Exchange.get(path, path + "?journeyId=no-such-journey"), 404);
        CALLS.send(app(), Exchange.get(path, path + "?journeyId=" + journey(mobile())), 409);
        CALLS.send(down(), Exchange.get(path, path + "?journeyId=" + journeyId), 503);
        CALLS.send(app(), Exchange.get(path, path + "?journeyId=" + journeyId), 200);
    }

    @Test
    @Order(5)
    void theCashierAndPayingAnOrder() {
        PaymentBuyers buyers = new PaymentBuyers(RUNNING, 126_300_000);
        PaymentBuyers.Buyer buyer = buyers.withWorldPay(10_000);
        String orderId = buyers.order(buyer);
        String checkout = "/api/v1/1688/checkout";
        String query = checkout + "?journeyId=" + buyer.journeyId() + "&orderId=" + orderId;
        CALLS.send(app(), Exchange.get(checkout, checkout + "?journeyId=" + buyer.journeyId()), 400);
        CALLS.send(app(), Exchange.get(checkout, checkout + "?journeyId=no-such-journey&orderId=" + orderId), 404);
        CALLS.send(app(), Exchange.get(checkout, checkout + "?journeyId=" + journey(mobile()) + "&orderId=" + orderId), 409);
        CALLS.send(down(), Exchange.get(checkout, query), 503);
        CALLS.send(app(), Exchange.get(checkout, query), 200);
        String payments = "1688/payments";
        String pay = "{\"orderId\":\"" + orderId + "\",\"method\":\"world-pay\",\"paymentPassword\":\"246810\",\"idempotencyKey\":\"c-1\"}";
        refuseBadRequests(JOURNEY + "/" + payments, JOURNEYS + "/" + buyer.journeyId() + "/" + payments);
        CALLS.step(app(), "no-such-journey", payments, pay, 404);
        CALLS.step(app(), journey(mobile()), payments, pay, 409);
        CALLS.step(app(), buyer.journeyId(), payments, pay.replace("246810", "24681"), 400);
        CALLS.step(app(), buyer.journeyId(), payments, pay.replace("246810", "999999"), 422);
        passAfterAnOutage(buyer.journeyId(), payments, pay, 201);
    }

    @Test
    @Order(5)
    void theSelfBilledEInvoiceFromMyOrders() {
        EInvoiceBuyers buyers = new EInvoiceBuyers(RUNNING, 3000);
        EInvoiceBuyers.Buyer stranger = buyers.notSignedIn();
        EInvoiceBuyers.Buyer buyer = buyers.signedIn();
        String paid = buyers.paidOrder(buyer);
        String invoice = "{\"orderId\":\"" + paid + "\",\"classification\":\"009\",\"invoiceNumber\":\"INV-C-" + paid + "\"}";
        for (String step : List.of(ORDER_EXPORTS, E_INVOICE_PREVIEWS, E_INVOICES)) {
            refuseBadRequests(JOURNEY + "/" + step, JOURNEYS + "/" + buyer.journeyId() + "/" + step);
            CALLS.step(app(), "no-such-journey", step, invoice, 404);
            CALLS.step(app(), stranger.journeyId(), step, invoice, 409);
            CALLS.step(down(), buyer.journeyId(), step, invoice, 503);
            CALLS.step(app(), buyer.journeyId(), step, invoice.replace("009", "1000").replace("}", ",\"status\":\"paid\"}"), 400);
        }
        String reportId = field(CALLS.step(app(), buyer.journeyId(), ORDER_EXPORTS, "", 201), "reportId");
        readOnly("/api/v1/1688/orders", "", buyer.journeyId(), stranger.journeyId());
        readOnly("/api/v1/1688/order-exports", "&reportId=" + reportId, buyer.journeyId(), stranger.journeyId());
        CALLS.step(app(), buyer.journeyId(), E_INVOICE_PREVIEWS, invoice.replace(paid, buyers.order(buyer, "waitbuyerpay")), 422);
        CALLS.step(app(), buyer.journeyId(), E_INVOICE_PREVIEWS, invoice, 200);
        CALLS.step(app(), buyer.journeyId(), E_INVOICES, invoice.replace("INV-C-", "REJECT-"), 422);
        CALLS.step(app(), buyer.journeyId(), E_INVOICES, invoice, 201);
    }

    /** A read-only view of a signed-in buyer: without a journey, an unknown one, one not signed in, 1688 down, and fine. */
    private static void readOnly(String path, String query, String journeyId, String strangerId) {
        CALLS.send(app(), Exchange.get(path, path), 400);
        CALLS.send(app(), Exchange.get(path, path + "?journeyId=no-such-journey" + query), 404);
        CALLS.send(app(), Exchange.get(path, path + "?journeyId=" + strangerId + query), 409);
        CALLS.send(down(), Exchange.get(path, path + "?journeyId=" + journeyId + query), 503);
        CALLS.send(app(), Exchange.get(path, path + "?journeyId=" + journeyId + query), 200);
    }

    /** Last: it resets the simulator, which then no longer knows the registration or the member of these journeys. */
    @Test
    @Order(6)
    void whatTheProviderForgot() {
        String waiting = mobile();
        String waitingJourney = journey(waiting);
        CALLS.step(app(), waitingJourney, "1688/registration", registration(waitingJourney, waiting), 201);
        String registered = mobile();
        String registeredJourney = journey(registered);
        CALLS.step(app(), registeredJourney, "1688/registration", registration(registeredJourney, registered), 201);
        CALLS.step(app(), registeredJourney, "1688/registration/code-checks", code(smsCode(registered)), 200);
        control("/reset", "{}");
        control("/alipay/completed-accounts", "{\"phone\":\"+60" + registered + "\"}");
        advanceClock(waiting, 61);
        CALLS.step(app(), waitingJourney, "1688/registration/resend", "", 422);
        CALLS.step(app(), registeredJourney, "1688/alipay-verification", "", 422);
    }

    private static void refuseBadRequests(String template, String path) {
        CALLS.send(app(), new Exchange("POST", template, path, Exchange.JSON, "[1, 2]"), 400);
        CALLS.send(app(), new Exchange("POST", template, path, Exchange.JSON, "{\"note\":\"" + "x".repeat(70_000) + "\"}"), 413);
        CALLS.send(app(), new Exchange("POST", template, path, "text/plain", "{}"), 415);
    }

    /** The provider is down: 503 and nothing recorded; the same request afterwards passes. */
    private static void passAfterAnOutage(String journey, String step, int expected) {
        passAfterAnOutage(journey, step, VALID.get(step), expected);
    }

    private static void passAfterAnOutage(String journey, String step, String body, int expected) {
        CALLS.step(down(), journey, step, body, 503);
        CALLS.step(app(), journey, step, body, expected);
    }

    private static void linked(String app, String journey, int expected) {
        CALLS.send(app, Exchange.get(LINKED, LINKED + "?journeyId=" + journey), expected);
    }

    private static String worldAccount(String code) {
        return "{\"countryOfBusiness\":\"MY\",\"firstName\":\"Nur\",\"lastName\":\"Aisyah\",\"verificationCode\":\"" + code
                + "\",\"password\":\"Secret2026\",\"marketInsightsConsent\":false,\"termsAccepted\":true}";
    }

    private static String authorisation(String alibaba1688Id) {
        return "{\"alibaba1688Id\":\"" + alibaba1688Id + "\",\"agreementAccepted\":true}";
    }

    private static String registration(String journey, String mobile) {
        String name = "m" + journey.replace("-", "").substring(0, Math.min(12, journey.length()));
        return "{\"accountType\":\"personal\",\"memberName\":\"" + name + "\",\"password\":\"" + PASSWORD
                + "\",\"confirmPassword\":\"" + PASSWORD + "\",\"countryCode\":\"+60\",\"mobile\":\"" + mobile
                + "\",\"sliderOffset\":300,\"agreeTerms\":true,\"agreePrivacy\":true,\"agreeAlipay\":true}";
    }

    private static String smsCode(String mobile) {
        String inbox = ContractCalls.call(RUNNING.simulator().baseUrl(), Exchange.get("", "/__admin/sim/sms-inbox/+60" + mobile)).body();
        return inbox.replaceAll("(?s).*\"code\"\\s*:\\s*\"(\\d{6})\".*", "$1");
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    private static String code(String code) {
        return "{\"code\":\"" + code + "\"}";
    }

    private static void advanceClock(String mobile, int seconds) {
        control("/clock/advance", "{\"seconds\":" + seconds + ",\"phone\":\"+60" + mobile + "\"}");
    }

    private static void control(String path, String body) {
        int status = ContractCalls.call(RUNNING.simulator().baseUrl(), Exchange.post("", "/__admin/sim" + path, body)).statusCode();
        assertThat(status).as("control %s", path).isBetween(200, 299);
    }

    private static String journey(String mobile) {
        return field(CALLS.send(app(), Exchange.post(JOURNEYS, JOURNEYS, phone(mobile)), 201), "journeyId");
    }

    private static String phone(String mobile) {
        return "{\"countryCode\":\"+60\",\"mobile\":\"" + mobile + "\"}";
    }

    private static String mobile() {
        return "12349" + NEXT_MOBILE.getAndIncrement();
    }

    private static String app() {
        return RUNNING.app().baseUrl();
    }

    private static String down() {
        return unreachableProviders.baseUrl();
    }
}
