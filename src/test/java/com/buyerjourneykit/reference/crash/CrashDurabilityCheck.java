package com.buyerjourneykit.reference.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.reference.JsonHttp;
import com.buyerjourneykit.reference.store.DatabaseSettings;
import com.buyerjourneykit.simulator.Simulator;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Defect 1 of issue 7: a step the app confirmed (2xx) must survive {@code kill -9} right after the
 * answer. A real app process is killed straight after a confirmed step, restarted on the same
 * database, and every step it ever confirmed is looked for, cycle after cycle; once per database
 * the app runs on (H2 file: {@link CrashDurabilityTest}, PostgreSQL: {@link PostgresCrashDurabilityIT}).
 */
abstract class CrashDurabilityCheck {
    /** The buyer of the journey walked while the app's classes are archived, on a database of its own. */
    private static final String ARCHIVING_MOBILE = "123479999";
    final Path log = Path.of("target", "crash-test", "app-" + System.nanoTime() + ".log");

    /** The database every app process of the test runs on. */
    abstract DatabaseSettings database();

    /** How many times the app is killed; each cycle starts a JVM, seconds on a loaded machine. */
    abstract int cycles();

    @Test
    void noConfirmedStepIsLostWhenTheAppIsKilledRightAfterIt() throws IOException {
        Files.createDirectories(log.getParent());
        List<String> confirmedJourneys = new ArrayList<>();
        Set<String> stepsLost = new TreeSet<>();
        try (Simulator simulator = Simulator.start(0, Path.of("stubs"))) {
            List<String> jvmOptions = SharedClassArchive.made(simulator.baseUrl(), log,
                    app -> journeyPastTheCode(app, simulator, ARCHIVING_MOBILE)).jvmOptions();
            for (int cycle = 0; cycle < cycles(); cycle++) {
                AppProcess app = AppProcess.start(simulator.baseUrl(), database(), log, jvmOptions);
                try {
                    stepsLost.addAll(lostSteps(app, confirmedJourneys));
                    confirmedJourneys.add(journeyPastTheCode(app, simulator, String.valueOf(123_480_000 + cycle)));
                } finally {
                    app.kill();
                }
            }
            AppProcess last = AppProcess.start(simulator.baseUrl(), database(), log, jvmOptions);
            try {
                stepsLost.addAll(lostSteps(last, confirmedJourneys));
            } finally {
                last.kill();
            }
        }
        System.out.printf("crash cycles: %d, confirmed steps: %d, lost: %d%n", cycles(), 2 * cycles(), stepsLost.size());
        assertThat(stepsLost).as("confirmed steps lost over %d kill -9 cycles", cycles()).isEmpty();
    }

    /** Two confirmed steps per journey: it was started (201) and its SMS code was accepted. */
    private static Set<String> lostSteps(AppProcess app, List<String> journeys) {
        Set<String> lost = new TreeSet<>();
        for (String journeyId : journeys) {
            HttpResponse<String> progress = JsonHttp.get(app.baseUrl() + "/api/v1/journeys/" + journeyId);
            if (progress.statusCode() == 404) {
                lost.add(journeyId + " started");
            }
            if (!progress.body().contains("\"next\":\"alipay-identity\"")) {
                lost.add(journeyId + " code accepted");
            }
        }
        return lost;
    }

    private static String journeyPastTheCode(AppProcess app, Simulator simulator, String mobile) {
        String started = confirmed(app.baseUrl() + "/api/v1/journeys", "{\"countryCode\":\"+60\",\"mobile\":\"" + mobile + "\"}");
        String journeyId = field(started, "journeyId");
        String journey = app.baseUrl() + "/api/v1/journeys/" + journeyId + "/alipay/verification-codes";
        confirmed(journey, "{}");
        String inbox = JsonHttp.get(simulator.baseUrl() + "/__admin/sim/sms-inbox/+60" + mobile).body();
        String checked = confirmed(journey + "/checks", "{\"code\":\"" + field(inbox, "code") + "\"}");
        assertThat(checked).contains("\"result\":\"accepted\"");
        return journeyId;
    }

    /** A 503 confirms nothing (the provider was slow on a loaded machine), so it is asked again, as a buyer would. */
    private static String confirmed(String url, String json) {
        HttpResponse<String> answer = post(url, json);
        for (int retry = 0; retry < 3 && answer.statusCode() == 503; retry++) {
            answer = post(url, json);
        }
        assertThat(answer.statusCode()).as("%s answered %s", url, answer.body()).isBetween(200, 299);
        return answer.body();
    }

    private static HttpResponse<String> post(String url, String json) {
        return JsonHttp.postJson(url, json);
    }

    private static String field(String json, String name) {
        return JsonHttp.textField(json, name);
    }
}
