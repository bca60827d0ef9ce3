package com.buyerjourneykit.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.simulator.Simulator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 1688 member name typed as "+60" was taken for the buyer's E.164 mobile when the simulator
 * worked out whom a call is about (for faults and the log), and the call died with HTTP 500
 * "not an E.164 number"; found by the bad-input generator. Now such a name is only a key.
 */
class MemberNameShapedLikeAPhoneTest {

    @ParameterizedTest
    @ValueSource(strings = {"+60", "+", "+abc_member", "+6012345678901234567890"})
    void aLoginWithSuchANameIsAnsweredNotAServerError(String memberName) {
        try (Simulator simulator = Simulator.start(0, Path.of("stubs"))) {
            Reply reply = new Probe(simulator.baseUrl()).send(SimulatorUnderTest.aop("account.user.login",
                    List.of(Map.entry("memberName", memberName), Map.entry("password", "abc123!"))));

            assertThat(reply.status()).as("%s", reply).isIn(200, 400);
            assertThat(reply.json().path("success").asBoolean()).isFalse();
        }
    }
}
