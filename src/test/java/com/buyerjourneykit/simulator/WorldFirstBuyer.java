package com.buyerjourneykit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.atomic.AtomicInteger;

/** A buyer on the simulated WorldFirst: a World Account, verified 1688 members, codes read from the inbox. */
final class WorldFirstBuyer {
    static final String PASSWORD = "World-Pass-2026";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private final SimulatorHttp http;
    private final WorldFirstClient client;

    WorldFirstBuyer(SimulatorHttp http, WorldFirstClient client) {
        this.http = http;
        this.client = client;
    }

    /** A Malaysian mobile (national part) no other World Account of this test class uses. */
    static String newMobile() {
        return String.format("1248%05d", NEXT.incrementAndGet());
    }

    static String e164(String mobile) {
        return "+60" + mobile;
    }

    WorldFirstClient client() {
        return client;
    }

    /** Registers through the APIs (send code, read it, register) and answers the worldAccountId. */
    String openWorldAccount(String mobile) {
        WorldFirstClient.Answer sent = client.call("worldAccount/sendVerificationCode", contact(mobile));
        assertThat(sent.code()).isEqualTo("SUCCESS");
        WorldFirstClient.Answer opened = client.call("worldAccount/register", registration(mobile, lastCode(e164(mobile))));
        assertThat(opened.code()).as(opened.body().toString()).isEqualTo("SUCCESS");
        return opened.body().path("worldAccount").path("worldAccountId").asText();
    }

    static String contact(String mobile) {
        return "{\"countryCode\":\"+60\",\"mobile\":\"" + mobile + "\"}";
    }

    static String registration(String mobile, String code) {
        return "{\"countryOfBusiness\":\"MY\",\"firstName\":\"Aminah\",\"lastName\":\"Tan\",\"countryCode\":\"+60\","
                + "\"mobile\":\"" + mobile + "\",\"password\":\"" + PASSWORD + "\",\"termsAccepted\":true,"
                + "\"verificationCode\":\"" + code + "\"}";
    }

    /** A World Account seeded through the control API, with an e-mail when one is given. */
    String seededWorldAccount(String mobile, String email) {
        String emailField = email == null ? "" : ",\"email\":\"" + email + "\"";
        SimulatorHttp.Reply reply = http.post("/__admin/sim/worldfirst/world-accounts",
                "{\"countryCode\":\"+60\",\"mobile\":\"" + mobile + "\"" + emailField + "}", "application/json");
        assertThat(reply.status()).isEqualTo(200);
        return reply.body().path("worldAccountId").asText();
    }

    /** A 1688 member, verified through Alipay (已绑定已认证) unless said otherwise; answers its name. */
    String member1688(String name, boolean verified) {
        SimulatorHttp.Reply reply = http.post("/__admin/sim/1688/members", "{\"memberName\":\"" + name
                + "\",\"password\":\"Seed-2026\",\"countryCode\":\"+60\",\"mobile\":\"" + newMobile() + "\",\"verified\":"
                + verified + "}", "application/json");
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return name;
    }

    WorldFirstClient.Answer startAuthorisation(String worldAccountId, String alibaba1688Id) {
        return client.call("worldPay/authorise", "{\"worldAccountId\":\"" + worldAccountId + "\",\"alibaba1688Id\":\""
                + alibaba1688Id + "\",\"agreementAccepted\":true}");
    }

    WorldFirstClient.Answer confirm(String authorisationId, String code) {
        return client.call("worldPay/authorise/confirm", "{\"authorisationId\":\"" + authorisationId
                + "\",\"verificationCode\":\"" + code + "\"}");
    }

    /** Start, read the code from the mobile's inbox, confirm: the answer of the confirm. */
    WorldFirstClient.Answer authorise(String worldAccountId, String mobile, String alibaba1688Id) {
        WorldFirstClient.Answer started = startAuthorisation(worldAccountId, alibaba1688Id);
        assertThat(started.code()).as(started.body().toString()).isEqualTo("SUCCESS");
        return confirm(started.body().path("authorisationId").asText(), lastCode(e164(mobile)));
    }

    String lastCode(String destination) {
        JsonNode messages = http.get("/__admin/sim/sms-inbox/" + destination).body().path("messages");
        assertThat(messages.size()).as("messages to " + destination).isPositive();
        return messages.get(messages.size() - 1).path("code").asText();
    }

    int messageCount(String destination) {
        return http.get("/__admin/sim/sms-inbox/" + destination).body().path("messages").size();
    }

    void advanceClock(int seconds) {
        http.post("/__admin/sim/clock/advance", "{\"seconds\":" + seconds + "}", "application/json");
    }

    static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    /** A receiving account created through the API; answers its accountNo. */
    String receivingAccount(String worldAccountId, String currency) {
        WorldFirstClient.Answer created = client.call("receivingAccount/create", "{\"requestId\":\"ra-" + NEXT.incrementAndGet()
                + "\",\"worldAccountId\":\"" + worldAccountId + "\",\"currency\":\"" + currency
                + "\",\"accountName\":\"My " + currency + "\"}");
        assertThat(created.code()).as(created.body().toString()).isEqualTo("SUCCESS");
        return created.body().path("receivingAccount").path("accountNo").asText();
    }

    /** Money arrives at a receiving account ("payment received"); answers the control call's body. */
    JsonNode paymentReceived(String accountNo, String currency, String minorUnits) {
        SimulatorHttp.Reply reply = http.post("/__admin/sim/worldfirst/payments-received", "{\"accountNo\":\"" + accountNo
                + "\",\"currency\":\"" + currency + "\",\"value\":\"" + minorUnits + "\"}", "application/json");
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body();
    }

    /** A World Account holding {@code minorUnits} of {@code currency}, through a receiving account. */
    String fundedWorldAccount(String mobile, String currency, String minorUnits) {
        String account = seededWorldAccount(mobile, null);
        paymentReceived(receivingAccount(account, currency), currency, minorUnits);
        return account;
    }

    long balance(String worldAccountId, String currency) {
        JsonNode balances = client.call("account/inquiryBalance", "{\"worldAccountId\":\"" + worldAccountId
                + "\",\"currencyList\":[\"" + currency + "\"]}").body().path("accountBalances");
        return Long.parseLong(balances.get(0).path("availableBalance").path("value").asText());
    }
}
