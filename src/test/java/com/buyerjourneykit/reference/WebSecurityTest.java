package com.buyerjourneykit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pages against a hostile web: forged form posts, markup in what buyers type, framing, sniffing, cookie theft. */
class WebSecurityTest {
    private static final String MARKUP = "<script>alert(1)</script>";
    @RegisterExtension
    static final RunningReference RUNNING = new RunningReference("web-security-test");

    @Test
    void aFormPostWithoutItsTokenIsRefusedAndStartsNothing() {
        HttpResponse<String> forged = JsonHttp.postForm(url("/en/journeys"), "countryCode=%2B60&mobile=123459201");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("\"field\":\"_csrf\"", "\"rule\":\"same-site-form\"");
        assertThat(JsonHttp.postJson(url("/api/v1/journeys"), "{\"countryCode\":\"+60\",\"mobile\":\"123459201\"}").statusCode())
                .as("the journey was not started by the forged post").isEqualTo(201);
    }

    @Test
    void aTokenFromAnotherBrowserIsRefused() {
        String theirToken = tokenOf(JsonHttp.get(url("/en/")));
        HttpResponse<String> forged = JsonHttp.call(HttpRequest.newBuilder(URI.create(url("/en/journeys")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "bjk_csrf=mine")
                .POST(HttpRequest.BodyPublishers.ofString("countryCode=%2B60&mobile=123459202&_csrf=" + theirToken)).build());
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void aFormPostFromThePageItselfWorks() {
        HttpResponse<String> started = JsonHttp.postPageForm(url("/en/"), url("/en/journeys"), "countryCode=%2B60&mobile=123459203");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
    }

    @Test
    void theFormTokenCookieIsHttpOnlyAndSameSite() {
        String cookie = JsonHttp.get(url("/en/")).headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("bjk_csrf=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"/en/", "/api/v1/journeys/no-such-journey", "/assets/journey.css"})
    void everyAnswerCarriesTheSecurityHeaders(String path) {
        HttpResponse<String> answer = JsonHttp.get(url(path));
        assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("frame-ancestors 'none'", "default-src 'none'"));
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void theStylesheetMayBeKeptForAnHourButNoPageIs() {
        assertThat(JsonHttp.get(url("/assets/journey.css")).headers().firstValue("Cache-Control")).hasValue("max-age=3600");
        assertThat(JsonHttp.get(url("/en/")).headers().firstValue("Cache-Control")).as("a page carries its form token").isEmpty();
    }

    @Test
    void markupTypedAsANameIsShownAsTextNeverRun() {
        String journey = JsonHttp.textField(JsonHttp.postJson(url("/api/v1/journeys"),
                "{\"countryCode\":\"+60\",\"mobile\":\"123459204\"}").body(), "journeyId");
        HttpResponse<String> identity = JsonHttp.postPageForm(url("/en/journeys/" + journey + "/alipay/identity"),
                "documentType=PASSPORT&documentNumber=A12345678&nationality=MY&dateOfBirth=1990-04-12&fullName=" + encoded(MARKUP));
        HttpResponse<String> registration = JsonHttp.postPageForm(url("/en/journeys/" + journey + "/1688/registration"),
                "accountType=personal&memberName=" + encoded(MARKUP) + "&password=Secret-2026&confirmPassword=Secret-2026"
                        + "&countryCode=%2B60&mobile=123459204&sliderOffset=300");
        assertThat(identity.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(MARKUP);
        assertThat(registration.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(MARKUP);
    }

    private static String tokenOf(HttpResponse<String> page) {
        return page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String url(String path) {
        return RUNNING.app().baseUrl() + path;
    }
}
