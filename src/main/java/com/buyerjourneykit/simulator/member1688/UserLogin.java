package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.SimulatorState;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code account.user.login} (simulated): member name (any case) and password. An unknown name
 * and a wrong password get the same answer, so the answer tells nobody which names exist.
 */
final class UserLogin extends AopTransformer {
    static final String NAME = "1688-user-login";
    private final SimulatorState state;

    UserLogin(SimulatorState state) {
        this.state = state;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    ResponseDefinition answer(AopRequest request) {
        String memberName = MemberNames.check("memberName", request.text("memberName"));
        String password = Passwords.checkLength("password", request.text("password"));
        Member member = state.member1688().members().byName(memberName)
                .filter(found -> found.password().matches(password))
                .orElseThrow(() -> new Refusal("LOGIN_FAILED", "Member name or password is wrong"));
        return AopReply.success("Logged in", SimulatorJson.object()
                .put("memberId", member.memberId())
                .put("alipayStatus", member.alipay().name()));
    }
}
