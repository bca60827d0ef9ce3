package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.phone.MobileNumber;
import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.JsonControlTask;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code POST /__admin/sim/1688/members {"memberName","password","countryCode","mobile","verified":true}}:
 * a member who registered before the scenario began (JRN-03: "my 1688 account is already
 * verified"). The fields follow the registration rules; answers {@code {"memberId"}}.
 */
final class SeedMember extends JsonControlTask {
    private final Members members;

    SeedMember(Members members) {
        this.members = members;
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        try {
            Member member = seed(body);
            return Replies.json(200, SimulatorJson.object().put("memberId", member.memberId()));
        } catch (InvalidParameter invalid) {
            return Replies.invalidField(invalid.field(), invalid.rule(), invalid.getMessage());
        } catch (Refusal taken) {
            return Replies.invalidField("memberName", "unique", taken.getMessage());
        }
    }

    private Member seed(ControlBody body) {
        String memberName = MemberNames.check("memberName", body.text("memberName"));
        String password = Passwords.check("password", body.text("password"));
        String countryCode = body.optionalText("countryCode").orElse(MobileFields.MAINLAND_CHINA);
        MobileNumber mobile = MobileFields.parse("countryCode", countryCode, "mobile", body.optionalText("mobile").orElse(null));
        AlipayBinding alipay = body.flag("verified") ? AlipayBinding.BOUND_VERIFIED : AlipayBinding.UNBOUND;
        return members.add(memberName, mobile.e164(), PasswordHash.of(password), alipay);
    }
}
