package com.buyerjourneykit.simulator;

import static com.buyerjourneykit.simulator.SelfBilledInvoiceUbl.submission;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** MyInvois calls are logged one line each, by client id; client secrets and bearer tokens never appear. */
class MyInvoisLogAcceptanceTest {
    private static final ByteArrayOutputStream CAPTURED = new ByteArrayOutputStream();
    private static final String OTHER_SECRET = "erp-log-secret-42";
    private static PrintStream originalErr;
    private static PrintStream originalOut;
    private static String token;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void capture() {
        originalErr = System.err;
        originalOut = System.out;
        PrintStream both = new PrintStream(CAPTURED, true, StandardCharsets.UTF_8);
        System.setErr(both);
        System.setOut(both);
        MyInvoisHttp myInvois = new MyInvoisHttp(SIMULATOR.baseUrl());
        token = myInvois.token(MyInvoisHttp.credentials(MyInvoisHttp.CLIENT_ID, MyInvoisHttp.CLIENT_SECRET))
                .body().path("access_token").asText();
        myInvois.token(MyInvoisHttp.credentials(MyInvoisHttp.CLIENT_ID, "wrong-secret-in-the-log"));
        myInvois.control("POST", "/myinvois/clients", "{\"clientId\":\"erp-log\",\"clientSecret\":\"" + OTHER_SECRET
                + "\",\"tin\":\"C1234567890\"}");
        myInvois.login().submit(submission(SelfBilledInvoiceUbl.of("INV-LOG").entry("LOG-1")));
    }

    @AfterAll
    static void restore() {
        System.setErr(originalErr);
        System.setOut(originalOut);
    }

    @Test
    void eachCallIsOneLineNamingTheOperationAndTheClient() {
        String log = CAPTURED.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("POST /myinvois/connect/token connect-token 200", "buyer=bjk-reference-app");
        assertThat(log).contains("POST /myinvois/api/v1.0/documentsubmissions submit-documents 202");
    }

    @Test
    void noSecretAndNoTokenReachTheLog() {
        String log = CAPTURED.toString(StandardCharsets.UTF_8);
        assertThat(token).isNotBlank();
        assertThat(log).doesNotContain(MyInvoisHttp.CLIENT_SECRET, "wrong-secret-in-the-log", OTHER_SECRET, token);
    }
}
