package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code account.user.login} (simulated): member name (any case) and password. An unknown name
 * and a wrong password get the same answer, so the answer tells nobody which names exist.
 */
final class UserLogin extends AopTransformer {
    static final String NAME = "1688-user-login";
    private final Members members;

    UserLogin(Members members) {
        super(NAME);
        this.members = members;
    }

    @Override
    protected ResponseDefinition answer(AopRequest request) {
        String memberName = MemberNames.check("memberName", request.text("memberName"));
        String password = Passwords.checkLength("password", request.text("password"));
        Member member = members.byName(memberName)
                .filter(found -> found.password().matches(password))
                .orElseThrow(() -> new Refusal("LOGIN_FAILED", "Member name or password is wrong"));
        return AopReply.success("Logged in", SimulatorJson.object()
                .put("memberId", member.memberId())
                .put("alipayStatus", member.alipay().name()));
    }
}
