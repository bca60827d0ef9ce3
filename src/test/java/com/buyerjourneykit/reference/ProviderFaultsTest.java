package com.buyerjourneykit.reference;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.simulator.Simulator;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Faults on the app's side: a provider that does not answer within the client timeout (3 s here,
 * not a sleep), resets the connection, answers HTTP 500 or a malformed body. The buyer hears that the
 * provider is unavailable (REST 503 naming it; the page in their language), nothing half-done is
 * recorded, and the same request afterwards succeeds. A plain WireMock sits between the app and the
 * simulator: it injects the fault once, then passes everything through.
 */
class ProviderFaultsTest {
    /** Short, so "no answer" costs seconds, not the default's; long enough for a real 1688 registration on a loaded machine. */
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(3);
    private static final AtomicInteger NEXT_MOBILE = new AtomicInteger(200);
    private static Simulator simulator;
    private static WireMockServer faults;
    private static ReferenceApp app;

    @BeforeAll
    static void start() {
        simulator = Simulator.start(0, Path.of("stubs"));
        faults = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        faults.start();
        faults.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(simulator.baseUrl())));
        app = ReferenceApp.start(ReferenceAppSettings.forSimulator(faults.baseUrl()).withProviderTimeout(CLIENT_TIMEOUT)
                .withDatabase("jdbc:h2:mem:provider-faults-test;DB_CLOSE_DELAY=-1"));
    }

    @AfterAll
    static void stop() {
        app.close();
        faults.stop();
        simulator.close();
    }

    @ParameterizedTest(name = "[{index}] {0} on {1}")
    @CsvSource({
        "no-answer, alipay/verification-codes, Alipay", "connection-reset, alipay/verification-codes, Alipay",
        "http-500, alipay/verification-codes, Alipay", "malformed-body, alipay/verification-codes, Alipay",
        "malformed-chunk, alipay/verification-codes, Alipay",
        "no-answer, 1688/registration, 1688", "connection-reset, 1688/registration, 1688",
        "http-500, 1688/registration, 1688", "malformed-body, 1688/registration, 1688",
        "malformed-chunk, 1688/registration, 1688"})
    void theBuyerHearsTheProviderIsUnavailableNothingIsRecordedAndTheRetryWorks(String kind, String step, String provider) {
        String mobile = mobile();
        String journey = journey(mobile);
        String body = step.startsWith("1688") ? registration(journey, mobile) : "{}";
        String before = progress(journey);
        StubMapping fault = faults.stubFor(post(urlPathMatching("/" + step.substring(0, step.indexOf('/')) + "/.*"))
                .atPriority(1).willReturn(fault(kind)));
        HttpResponse<String> refused = JsonHttp.postJson(stepUrl(journey, step), body);
        faults.removeStub(fault);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(refused.body()).contains("\"error\":\"provider-unavailable\"", "\"provider\":\"" + provider + "\"");
        assertThat(progress(journey)).isEqualTo(before);
        HttpResponse<String> retried = JsonHttp.postJson(stepUrl(journey, step), body);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"en, Alipay is not answering right now", "ru, Alipay сейчас не отвечает", "tr, Alipay şu anda yanıt vermiyor",
        "zh-CN, Alipay 暂时没有响应"})
    void thePageSaysSoInTheBuyersLanguageAndKeepsTheForm(String language, String words) {
        String journey = journey(mobile());
        StubMapping fault = faults.stubFor(post(urlPathMatching("/alipay/.*")).atPriority(1)
                .willReturn(aResponse().withStatus(500).withBody("oops")));
        HttpResponse<String> page = JsonHttp.postPageForm(app.baseUrl() + "/" + language + "/journeys/" + journey
                + "/alipay/verification-codes", "send=1");
        faults.removeStub(fault);
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("data-outcome=\"provider-unavailable\"", words, "<form");
    }

    private static ResponseDefinitionBuilder fault(String kind) {
        switch (kind) {
            case "no-answer":
                return aResponse().withStatus(200).withFixedDelay((int) CLIENT_TIMEOUT.toMillis() * 2);
            case "connection-reset":
                return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
            case "http-500":
                return aResponse().withStatus(500).withBody("{\"error\":\"internal\"}");
            case "malformed-body":
                return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"alipay_");
            case "malformed-chunk":
                return aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK);
            default:
                throw new IllegalArgumentException(kind);
        }
    }

    private static String stepUrl(String journey, String step) {
        return app.baseUrl() + "/api/v1/journeys/" + journey + "/" + step;
    }

    private static String progress(String journey) {
        return JsonHttp.get(app.baseUrl() + "/api/v1/journeys/" + journey).body();
    }

    private static String journey(String mobile) {
        return JsonHttp.textField(JsonHttp.postJson(app.baseUrl() + "/api/v1/journeys",
                "{\"countryCode\":\"+60\",\"mobile\":\"" + mobile + "\"}").body(), "journeyId");
    }

    private static String registration(String journey, String mobile) {
        return "{\"accountType\":\"personal\",\"memberName\":\"f" + journey.replace("-", "").substring(0, 12)
                + "\",\"password\":\"Secret-2026\",\"confirmPassword\":\"Secret-2026\",\"countryCode\":\"+60\",\"mobile\":\""
                + mobile + "\",\"sliderOffset\":300,\"agreeTerms\":true,\"agreePrivacy\":true,\"agreeAlipay\":true}";
    }

    private static String mobile() {
        return "12346" + String.format("%04d", NEXT_MOBILE.getAndIncrement());
    }
}
