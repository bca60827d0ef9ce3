package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.regex.Pattern;

/** {@code account.user.register.confirm} (simulated): 提交 with the 校验码 creates the member. */
final class RegisterConfirm extends AopTransformer {
    static final String NAME = "1688-user-register-confirm";
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private final Registrations registrations;

    RegisterConfirm(Registrations registrations) {
        super(NAME);
        this.registrations = registrations;
    }

    @Override
    protected ResponseDefinition answer(AopRequest request) {
        String registrationId = request.identifier("registrationId");
        String code = request.text("code");
        if (!SIX_DIGITS.matcher(code).matches()) {
            throw new InvalidParameter("code", "six-digits", "code must be exactly 6 digits");
        }
        Member member = registrations.confirm(registrationId, code);
        return AopReply.success("Registration complete", SimulatorJson.object()
                .put("memberId", member.memberId())
                .put("memberName", member.memberName()));
    }
}
