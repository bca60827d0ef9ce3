package com.buyerjourneykit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.catalogue.MagicValue;
import com.buyerjourneykit.simulator.member1688.Member1688Catalogue;
import com.buyerjourneykit.simulator.myinvois.MyInvoisCatalogue;
import com.buyerjourneykit.simulator.sms.SmsCatalogue;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The catalogue's words, taken at face value on a real simulator: the value as the catalogue writes it
 * (its first `code span`) does what the catalogue's outcome says. Catches a catalogue that drifts from
 * the code through its prose, which the drift test cannot see.
 */
class CatalogueMagicValuesAcceptanceTest {
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    private static SimulatorHttp http;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void start() {
        http = new SimulatorHttp(SIMULATOR.baseUrl());
    }

    @Test
    void theTakenMemberNameIsRefusedWithTheCataloguedCode() {
        MagicValue taken = entry(Member1688Catalogue.magicValues(), "member name");
        Member1688Buyer buyer = new Member1688Buyer(http);

        SimulatorHttp.Reply reply = buyer.register(buyer.form(codeSpan(taken.value()).toUpperCase(), Member1688Buyer.newMobile()));

        Member1688RegistrationAcceptanceTest.assertRefused(reply, codeSpan(taken.outcome()));
    }

    @Test
    void theNeverReceivingRangeGetsNoSms() {
        MagicValue never = entry(SmsCatalogue.magicValues(), "never arrives");
        String e164 = codeSpan(never.value()).replace("NNN", "123").replaceAll("[ -]", "");

        http.gateway("alipay.user.personal.register.sms.send",
                "{\"country_code\":\"+60\",\"mobile\":\"" + e164.substring(3) + "\"}");
        http.post("/__admin/sim/clock/advance", "{\"seconds\":3600,\"phone\":\"" + e164 + "\"}", "application/json");

        assertThat(http.get("/__admin/sim/sms-inbox/" + e164).body().path("messages")).isEmpty();
    }

    @Test
    void theInvalidTinIsNeverValid() {
        MagicValue invalid = entry(MyInvoisCatalogue.magicValues(), "never valid");
        MyInvoisHttp myInvois = MyInvoisHttp.afterReset(SIMULATOR.baseUrl()).login();

        assertThat(invalid.outcome()).contains("404");
        assertThat(myInvois.validateTin(codeSpan(invalid.value()), "BRN", "1").status()).isEqualTo(404);
    }

    private static MagicValue entry(List<MagicValue> values, String words) {
        return values.stream().filter(value -> (value.value() + value.outcome()).contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no catalogued magic value mentions " + words));
    }

    private static String codeSpan(String text) {
        Matcher span = CODE_SPAN.matcher(text);
        assertThat(span.find()).as("a `code span` in %s", text).isTrue();
        return span.group(1);
    }
}
