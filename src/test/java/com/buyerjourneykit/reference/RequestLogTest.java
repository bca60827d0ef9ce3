package com.buyerjourneykit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 7, defect 11: one log line per request (method, path, status, milliseconds, masked buyer),
 * and no secret the run used (SMS codes, passwords, the 1688 app secret, request signatures) in
 * anything written to the log.
 */
class RequestLogTest {
    private static final String PASSWORD = "Log-Secret-2026";
    private static final String WRONG_PASSWORD = "Wrong-Secret-2026";
    private static final String MOBILE = "123459101";
    @RegisterExtension
    static final RunningReference RUNNING = new RunningReference("request-log-test");

    @Test
    void everyRequestIsOneLineAndNoSecretIsInTheLog() {
        List<String> secrets = new ArrayList<>(List.of(PASSWORD, WRONG_PASSWORD, ReferenceAppSettings.SIMULATOR_1688_APP_SECRET));
        String log;
        try (CapturedOutput output = new CapturedOutput()) {
            String journey = JsonHttp.textField(post("/api/v1/journeys", "{\"countryCode\":\"+60\",\"mobile\":\"" + MOBILE + "\"}").body(),
                    "journeyId");
            String steps = "/api/v1/journeys/" + journey + "/";
            post(steps + "alipay/verification-codes", "{}");
            secrets.add(lastCode());
            post(steps + "alipay/verification-codes/checks", "{\"code\":\"" + secrets.get(secrets.size() - 1) + "\"}");
            post(steps + "1688/registration", registration());
            secrets.add(lastCode());
            post(steps + "1688/registration/code-checks", "{\"code\":\"" + secrets.get(secrets.size() - 1) + "\"}");
            post(steps + "1688/existing-account", "{\"memberName\":\"logged1\",\"password\":\"" + WRONG_PASSWORD + "\"}");
            log = output.text();
        }
        secrets.addAll(signaturesSent());
        assertThat(requestLines(log)).contains("POST /api/v1/journeys 201 buyer=+60 ••• ••• 101",
                "POST /api/v1/journeys/{id}/alipay/verification-codes 201 buyer=+60 ••• ••• 101",
                "POST /api/v1/journeys/{id}/1688/registration/code-checks 200 buyer=+60 ••• ••• 101");
        assertThat(secrets).hasSizeGreaterThan(5).allSatisfy(secret -> assertThat(log).doesNotContain(secret));
        assertThat(log).doesNotContain(MOBILE);
    }

    /** The request lines, with the journey id and the milliseconds taken out so that they can be compared. */
    private static List<String> requestLines(String log) {
        List<String> lines = new ArrayList<>();
        Matcher line = Pattern.compile("reference\\.requests - (\\S+ \\S+ \\d{3}) \\d+ms (buyer=.*)").matcher(log);
        while (line.find()) {
            lines.add((line.group(1) + " " + line.group(2)).replaceAll("journeys/[0-9a-f-]{36}", "journeys/{id}").strip());
        }
        return lines;
    }

    private static List<String> signaturesSent() {
        String journal = JsonHttp.get(RUNNING.simulator().baseUrl() + "/__admin/requests").body();
        List<String> signatures = new ArrayList<>();
        Matcher signature = Pattern.compile("_aop_signature=([0-9A-Fa-f]{16,})").matcher(journal);
        while (signature.find()) {
            signatures.add(signature.group(1));
        }
        assertThat(signatures).as("signatures the app sent to 1688").isNotEmpty();
        return signatures;
    }

    private static String lastCode() {
        String inbox = JsonHttp.get(RUNNING.simulator().baseUrl() + "/__admin/sim/sms-inbox/+60" + MOBILE).body();
        Matcher code = Pattern.compile("\"code\"\\s*:\\s*\"(\\d{6})\"").matcher(inbox);
        String last = null;
        while (code.find()) {
            last = code.group(1);
        }
        assertThat(last).as("a code in %s", inbox).isNotNull();
        return last;
    }

    private static String registration() {
        return "{\"accountType\":\"personal\",\"memberName\":\"logged1\",\"password\":\"" + PASSWORD + "\",\"confirmPassword\":\""
                + PASSWORD + "\",\"countryCode\":\"+60\",\"mobile\":\"" + MOBILE
                + "\",\"sliderOffset\":300,\"agreeTerms\":true,\"agreePrivacy\":true,\"agreeAlipay\":true}";
    }

    private static HttpResponse<String> post(String path, String body) {
        HttpResponse<String> answer = JsonHttp.postJson(RUNNING.app().baseUrl() + path, body);
        assertThat(answer.statusCode()).as("%s %s", path, answer.body()).isLessThan(500);
        return answer;
    }
}
