package com.buyerjourneykit.badinput;

import com.buyerjourneykit.badinput.AppEndpoint.Journey;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Every REST endpoint of the reference app's contract, each with a body it accepts; {@code AppEndpointsCoverTheRouteTableTest} keeps the list whole. */
final class AppEndpoints {
    static final String FIRST_BUYER = "120004001";
    static final String MEMBER_NAME = "seeded_fuzz_member";
    static final String MEMBER_PASSWORD = "abc123!";

    /** WorldFirst's signed notifications to the app: not the buyer's JSON, so sent their own bad input. */
    static final String NOTIFICATIONS = "/api/v1/worldfirst/notifications";

    private static final List<AppEndpoint> SECTIONS_1_2 = List.of(
            new AppEndpoint("POST", "/api/v1/journeys", body("countryCode", "+60", "mobile", FIRST_BUYER), Journey.NONE),
            new AppEndpoint("GET", "/api/v1/journeys/{journeyId}", null, Journey.ALIPAY_DONE),
            new AppEndpoint("POST", "/api/v1/journeys/{journeyId}/alipay/verification-codes", null, Journey.ALIPAY_DONE),
            new AppEndpoint("POST", "/api/v1/journeys/{journeyId}/alipay/verification-codes/checks", body("code", "000000"),
                    Journey.ALIPAY_DONE),
            new AppEndpoint("POST", "/api/v1/journeys/{journeyId}/alipay/identity", body("documentType", "PASSPORT",
                    "documentNumber", "A12345678", "fullName", "Aminah Binti Ali", "nationality", "MY", "dateOfBirth", "1990-04-12"),
                    Journey.ALIPAY_DONE),
            new AppEndpoint("POST", "/api/v1/journeys/{journeyId}/alipay/address", body("country", "MY", "region", "Selangor",
                    "city", "Shah Alam", "addressLine", "12 Jalan Mawar", "postalCode", "40000"), Journey.ALIPAY_DONE),
            new AppEndpoint("POST", "/api/v1/journeys/{journeyId}/alipay/personal-details",
                    body("occupation", "Engineer", "email", "aminah@example.com"), Journey.ALIPAY_DONE),
            new AppEndpoint("POST", "/api/v1/journeys/{journeyId}/1688/registration", body("accountType", "personal",
                    "memberName", "fuzz_buyer_01", "password", "abc123!", "confirmPassword", "abc123!", "countryCode", "+60",
                    "mobile", "120004099", "sliderOffset", 300, "agreeTerms", true, "agreePrivacy", true, "agreeAlipay", true),
                    Journey.REGISTERING),
            new AppEndpoint("POST", "/api/v1/journeys/{journeyId}/1688/registration/resend", null, Journey.REGISTERING),
            new AppEndpoint("POST", "/api/v1/journeys/{journeyId}/1688/registration/code-checks", body("code", "000000"),
                    Journey.REGISTERING),
            new AppEndpoint("POST", "/api/v1/journeys/{journeyId}/1688/alipay-verification", null, Journey.REGISTERING),
            new AppEndpoint("POST", "/api/v1/journeys/{journeyId}/1688/existing-account",
                    body("memberName", MEMBER_NAME, "password", MEMBER_PASSWORD), Journey.LINKING));
    /**
     * Section 6 on the journey whose steps before the top-up are done "in setup": its 1688 member is no
     * member 1688 knows, so the checkout is a stable {@code known-order}, and paying waits for an order.
     */
    private static final List<AppEndpoint> SECTION_6 = List.of(
            new AppEndpoint("GET", "/api/v1/1688/checkout?journeyId={journeyId}&orderId=6100000000000001", null,
                    Journey.WORLD_ACCOUNT_OPENED),
            new AppEndpoint("POST", "/api/v1/journeys/{journeyId}/1688/payments", body("orderId", "6100000000000001",
                    "method", "world-pay", "paymentPassword", "246810", "idempotencyKey", "fuzz-payment"), Journey.WORLD_ACCOUNT_OPENED));
    private static final AppEndpoint HELP = new AppEndpoint("GET", "/api/v1/help", null, Journey.NONE);

    /** Every buyer's endpoint, help last. */
    static final List<AppEndpoint> ALL = Stream.of(SECTIONS_1_2, WorldFirstEndpoints.ALL,
                    Commerce1688Endpoints.ALL, SECTION_6, EInvoiceEndpoints.ALL, List.of(HELP))
            .flatMap(List::stream).toList();

    private AppEndpoints() {
    }

    static List<AppEndpoint> withBody() {
        return ALL.stream().filter(AppEndpoint::readsBody).toList();
    }

    static List<AppEndpoint> journeyActions() {
        return ALL.stream().filter(AppEndpoint::isJourneyAction).toList();
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        return WorldFirstEndpoints.body(keysAndValues);
    }
}
