package com.buyerjourneykit.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated bad input against every REST endpoint of the reference app and every page form: no
 * 5xx, no hang, every refusal names field and rule as the contract says, and the endpoint's good
 * request answers afterwards exactly as it did before any bad input.
 */
class ReferenceAppBadInputTest {
    private static final List<String> LANGUAGES = List.of("en", "ru", "tr", "zh-CN");
    private static final String GOOD_MOMENT = "2026-01-05T09:00%2B08:00";
    private static final Map<String, Integer> BEFORE = new ConcurrentHashMap<>();
    private static ReferenceUnderTest running;
    private static Family rest;
    private static Family pages;
    private static Family notifications;
    private static FormTokens browser;

    @BeforeAll
    static void start() {
        running = ReferenceUnderTest.start();
        browser = running.formTokens();
        rest = new Family("app REST", running.app(), AppRefusals::rest);
        pages = new Family("app pages", running.app(), AppRefusals::page);
        notifications = new Family("app notifications", running.app(), NotificationRefusals::unacknowledged);
        for (AppEndpoint endpoint : AppEndpoints.ALL) {
            for (int warmUp = 0; warmUp < 6; warmUp++) {
                BEFORE.put(endpoint + " api", running.app().send(goodApi(endpoint)).status());
                BEFORE.put(endpoint + " page", running.app().send(goodPage(endpoint)).status());
            }
        }
    }

    @AfterAll
    static void stop() {
        if (running != null) {
            System.out.println(rest.summary());
            System.out.println(pages.summary());
            System.out.println(notifications.summary());
            running.close();
        }
    }

    @Test
    void malformedJsonBodiesOnEveryRestEndpoint() {
        Gen<AppEndpoint> endpoints = Gen.of(AppEndpoints.ALL.stream().filter(endpoint -> !"GET".equals(endpoint.method())).toList());
        Tries.run("REST bodies", 2000, (random, thenGood) -> {
            AppEndpoint endpoint = endpoints.next(random);
            BadBody body = BadJson.from(endpoint.body()).next(random);
            rest.bad(new Shot(endpoint.method(), endpoint.api(journeyOf(endpoint)), body.contentType(), body.bytes()));
            if (thenGood) {
                stillServesApi(endpoint);
            }
        });
    }

    @Test
    void malformedFormsOnEveryPage() {
        Gen<AppEndpoint> endpoints = Gen.of(AppEndpoints.ALL.stream().filter(endpoint -> !"GET".equals(endpoint.method())).toList());
        Tries.run("page forms", 1500, (random, thenGood) -> {
            AppEndpoint endpoint = endpoints.next(random);
            BadForm form = BadForms.from(browser.in(endpoint.form())).next(random);
            String lang = Gen.of(LANGUAGES).next(random);
            pages.bad(browser.sentBy(new Shot("POST", endpoint.page(lang, journeyOf(endpoint)), form.contentType(), form.bytes())));
            if (thenGood) {
                stillServesPage(endpoint);
            }
        });
    }

    /** Nobody but WorldFirst signs a notification: malformed or unsigned, it is refused (400 or 401), never acknowledged, never a 5xx. */
    @Test
    void malformedAndUnsignedNotifications() {
        Gen<BadBody> bodies = Gen.<BadBody>mix()
                .add(3, BadJson.from(NotificationRefusals.FUNDS_RECEIVED))
                .add(1, Gen.of(NotificationRefusals.unsignedButWellFormed()));
        Tries.run("notifications", 300, (random, thenGood) -> {
            BadBody body = bodies.next(random);
            Shot shot = Shot.post(AppEndpoints.NOTIFICATIONS, body.contentType(), body.bytes());
            Reply reply = notifications.bad(random.nextBoolean() ? shot : NotificationRefusals.withForgedSignature(shot));
            assertThat(reply.status()).as("an unsigned notification was acknowledged: %s", reply).isIn(400, 401, 413, 415);
        });
    }

    @Test
    void oddPathParametersOnEveryEndpointAndPage() {
        Tries.run("path parameters", 800, (random, thenGood) -> {
            AppEndpoint endpoint = Gen.of(AppEndpoints.ALL).next(random);
            String odd = OddSegments.any().next(random);
            boolean hasJourney = endpoint.path().contains("{journeyId}");
            if (random.nextBoolean()) {
                boolean oddLanguage = !hasJourney || random.nextInt(3) == 0;
                pages.bad(goodPage(endpoint).withPath(oddLanguage ? endpoint.page(odd, journeyOf(endpoint)) : endpoint.page("en", odd)));
            } else {
                rest.bad(goodApi(endpoint).withPath(hasJourney ? endpoint.api(odd) : endpoint.api("") + "/" + odd));
            }
            if (thenGood) {
                stillServesApi(endpoint);
                stillServesPage(endpoint);
            }
        });
    }

    @Test
    void oddQueriesOnTheHelpEndpointAndPage() {
        AppEndpoint help = AppEndpoints.ALL.get(AppEndpoints.ALL.size() - 1);
        Gen<String> queries = Gen.<String>mix()
                .add(1, OddSegments.any().map(odd -> "?at=" + odd))
                .add(1, OddSegments.any().map(odd -> "?at=" + GOOD_MOMENT + "&at=" + odd))
                .add(1, OddSegments.any().map(odd -> "?" + odd + "=" + GOOD_MOMENT))
                .add(1, OddText.overlong().map(text -> "?at=" + text));
        Tries.run("help queries", 300, (random, thenGood) -> {
            String query = queries.next(random);
            if (random.nextBoolean()) {
                pages.bad(Shot.get("/" + Gen.of(LANGUAGES).next(random) + "/help" + query));
            } else {
                rest.bad(Shot.get("/api/v1/help" + query));
            }
            if (thenGood) {
                stillServesApi(help);
            }
        });
    }

    private static void stillServesApi(AppEndpoint endpoint) {
        Reply reply = rest.good(goodApi(endpoint));
        assertThat(reply.status()).as("%s after bad input: %s", endpoint, reply).isEqualTo(BEFORE.get(endpoint + " api"));
    }

    private static void stillServesPage(AppEndpoint endpoint) {
        Reply reply = pages.good(goodPage(endpoint));
        assertThat(reply.status()).as("page of %s after bad input: %s", endpoint, reply).isEqualTo(BEFORE.get(endpoint + " page"));
    }

    private static Shot goodApi(AppEndpoint endpoint) {
        String path = endpoint.api(journeyOf(endpoint));
        if ("GET".equals(endpoint.method())) {
            return Shot.get(path.endsWith("/help") ? path + "?at=" + GOOD_MOMENT : path);
        }
        return Shot.post(path, Shot.JSON, JsonText.object(new ArrayList<>(endpoint.body().entrySet())));
    }

    private static Shot goodPage(AppEndpoint endpoint) {
        String path = endpoint.page("en", journeyOf(endpoint));
        if ("GET".equals(endpoint.method())) {
            return Shot.get(path.endsWith("/help") ? path + "?at=" + GOOD_MOMENT : path);
        }
        return browser.sentBy(Shot.post(path, Shot.FORM, BadForm.encoded(browser.in(endpoint.form()))));
    }

    private static String journeyOf(AppEndpoint endpoint) {
        return running.journey(endpoint.journey());
    }
}
