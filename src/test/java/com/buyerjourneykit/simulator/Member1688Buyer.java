package com.buyerjourneykit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** The steps of a 1688 registration, for the acceptance tests: each test its own mobile and member name. */
final class Member1688Buyer {
    static final String REGISTER = "account.user.register";
    static final String RESEND = "account.user.register.sms.resend";
    static final String CONFIRM = "account.user.register.confirm";
    static final String PASSWORD = "Secret-2026";
    private static final AtomicInteger NEXT_MOBILE = new AtomicInteger();
    private final SimulatorHttp http;
    private final Aop1688Client aop;

    Member1688Buyer(SimulatorHttp http) {
        this.http = http;
        this.aop = new Aop1688Client(http);
    }

    /** A Malaysian mobile number (national part) no other test uses. */
    static String newMobile() {
        return String.format("1247%05d", NEXT_MOBILE.incrementAndGet());
    }

    static String e164(String malaysianMobile) {
        return "+60" + malaysianMobile;
    }

    Aop1688Client aop() {
        return aop;
    }

    String sliderToken() {
        String challengeId = aop.call("account.slider.challenge").body().path("result").path("challengeId").asText();
        return aop.call("account.slider.verify", "challengeId", challengeId, "offset", "300")
                .body().path("result").path("sliderToken").asText();
    }

    /** A personal registration form that passes every rule, with a fresh slider token; change it as the test needs. */
    Map<String, String> form(String memberName, String mobile) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("accountType", "personal");
        form.put("memberName", memberName);
        form.put("password", PASSWORD);
        form.put("confirmPassword", PASSWORD);
        form.put("countryCode", "+60");
        form.put("mobile", mobile);
        form.put("sliderToken", sliderToken());
        form.put("agreeTerms", "true");
        form.put("agreePrivacy", "true");
        form.put("agreeAlipay", "true");
        return form;
    }

    SimulatorHttp.Reply register(Map<String, String> form) {
        return aop.call(REGISTER, flatten(form));
    }

    String registrationId(String memberName, String mobile) {
        return register(form(memberName, mobile)).body().path("result").path("registrationId").asText();
    }

    SimulatorHttp.Reply confirm(String registrationId, String code) {
        return aop.call(CONFIRM, "registrationId", registrationId, "code", code);
    }

    /** Registers and confirms; answers the new member id. */
    String member(String memberName, String mobile) {
        String registrationId = registrationId(memberName, mobile);
        return confirm(registrationId, lastCode(e164(mobile))).body().path("result").path("memberId").asText();
    }

    JsonNode lastSms(String e164) {
        JsonNode messages = http.get("/__admin/sim/sms-inbox/" + e164).body().path("messages");
        return messages.get(messages.size() - 1);
    }

    String lastCode(String e164) {
        return lastSms(e164).path("code").asText();
    }

    void advanceClockFor(String e164, int seconds) {
        http.post("/__admin/sim/clock/advance", "{\"seconds\":" + seconds + ",\"phone\":\"" + e164 + "\"}", "application/json");
    }

    static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    static String[] flatten(Map<String, String> form) {
        return form.entrySet().stream().flatMap(field -> Stream.of(field.getKey(), field.getValue()))
                .toArray(String[]::new);
    }
}
