package com.buyerjourneykit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One log line per request, enough to diagnose a red CI run, with every secret kept out (issue 7,
 * defect 11): a run that sends codes, passwords, slider tokens and signatures leaves none of them,
 * nor a buyer's whole number, in what the simulator wrote.
 */
class RequestLogAcceptanceTest {
    private static final String SEND = "alipay.user.personal.register.sms.send";
    private static final String VERIFY = "alipay.user.personal.register.sms.verify";
    private static final ByteArrayOutputStream CAPTURED = new ByteArrayOutputStream();
    private static final List<String> SECRETS = new ArrayList<>();
    private static PrintStream originalErr;
    private static PrintStream originalOut;
    private static SimulatorHttp http;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void capture() {
        originalErr = System.err;
        originalOut = System.out;
        PrintStream both = new PrintStream(CAPTURED, true, StandardCharsets.UTF_8);
        System.setErr(both);
        System.setOut(both);
        http = new SimulatorHttp(SIMULATOR.baseUrl());
        runAJourneyFullOfSecrets();
    }

    @AfterAll
    static void restore() {
        System.setErr(originalErr);
        System.setOut(originalOut);
    }

    @Test
    void writesOneLinePerRequestWithMethodPathStatusTimeAndTheBuyerMasked() {
        assertThat(lines()).anySatisfy(line -> assertThat(line)
                .contains("POST /alipay/gateway.do", SEND, " 200 ", "ms", "buyer=+60 ••• ••• 001"));
        assertThat(lines()).anySatisfy(line -> assertThat(line)
                .contains("GET /__admin/sim/sms-inbox/{phone}", " 200 ", "buyer=+60 ••• ••• 001"));
        assertThat(lines()).anySatisfy(line -> assertThat(line)
                .contains("POST /1688/openapi/param2/1/com.alibaba.fenxiao.crossborder/account.user.register/",
                        "account.user.register", " 200 ", "buyer=+60 ••• ••• 002"));
        assertThat(lines()).anySatisfy(line -> assertThat(line).contains("account.user.login", " 200 "));
        assertThat(lines()).anySatisfy(line -> assertThat(line).contains(VERIFY, " 400 "));
    }

    @Test
    void leavesNoSecretAndNoWholeNumberInTheLog() {
        String log = CAPTURED.toString(StandardCharsets.UTF_8);
        assertThat(SECRETS).isNotEmpty().allSatisfy(secret -> assertThat(log).doesNotContain(secret));
        assertThat(log).doesNotContain("123490001", "124790002", Aop1688Client.APP_SECRET);
    }

    private static List<String> lines() {
        return CAPTURED.toString(StandardCharsets.UTF_8).lines().filter(line -> line.contains("ms ")).toList();
    }

    private static void runAJourneyFullOfSecrets() {
        http.gateway(SEND, "{\"country_code\":\"+60\",\"mobile\":\"123490001\"}");
        String alipayCode = http.get("/__admin/sim/sms-inbox/+60123490001").body().path("messages").get(0).path("code").asText();
        SECRETS.add(alipayCode);
        http.gateway(VERIFY, "{\"country_code\":\"+60\",\"mobile\":\"123490001\",\"code\":\"" + alipayCode + "\"}");
        http.gateway(VERIFY, "{\"country_code\":\"+60\",\"mobile\":\"123490001\",\"code\":\"98765x\"}");
        SECRETS.add("98765x");

        Member1688Buyer buyer = new Member1688Buyer(http);
        Map<String, String> form = buyer.form("logsecret1", "124790002");
        form.put("password", "Hidden-Pass-4242");
        form.put("confirmPassword", "Hidden-Pass-4242");
        SECRETS.add("Hidden-Pass-4242");
        SECRETS.add(form.get("sliderToken"));
        Aop1688Client.SignedCall register = buyer.aop().signed(Member1688Buyer.REGISTER, Member1688Buyer.flatten(form));
        SECRETS.add(register.form().substring(register.form().lastIndexOf('=') + 1));
        String registrationId = http.post(register.path(), register.form(), "application/x-www-form-urlencoded")
                .body().path("result").path("registrationId").asText();
        String code1688 = buyer.lastCode("+60124790002");
        SECRETS.add(code1688);
        buyer.confirm(registrationId, code1688);
        buyer.aop().call("account.user.login", "memberName", "logsecret1", "password", "Hidden-Pass-4242");

        http.post("/alipay/nowhere.do?token=Query-Token-77", "password=Unmatched-Pass-55", "application/x-www-form-urlencoded");
        http.post("/nowhere", "{\"password\":\"Unmatched-Pass-66\"}", "application/json");
        SECRETS.addAll(List.of("Query-Token-77", "Unmatched-Pass-55", "Unmatched-Pass-66"));
    }
}
