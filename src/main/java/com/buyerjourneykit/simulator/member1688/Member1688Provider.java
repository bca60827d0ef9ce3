package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.core.ControlRoutes;
import com.buyerjourneykit.simulator.core.ProviderDirectory;
import com.buyerjourneykit.simulator.core.ProviderRequests;
import com.buyerjourneykit.simulator.core.SharedServices;
import com.buyerjourneykit.simulator.core.SimulatedProvider;
import com.buyerjourneykit.simulator.published.Member1688Status;
import com.buyerjourneykit.simulator.sms.CodeRules;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.util.List;

/**
 * 1688.com ({@code /1688/openapi/…}): the open-platform APIs, named as the mappings in stubs/1688
 * use them; member seeding under {@code /__admin/sim/1688}; publishes {@link Member1688Status}.
 * Reads Alipay only through {@code AlipayAccountStatus}.
 */
public final class Member1688Provider implements SimulatedProvider {
    private final Member1688State state;
    private final RegistrationSms sms;
    private final ProviderDirectory directory;
    private final Member1688Requests requests;

    public Member1688Provider(SharedServices shared, ProviderDirectory directory) {
        this.state = new Member1688State(shared.clock(), shared.oneTimeCodes(CodeRules.member1688()));
        this.sms = new RegistrationSms(shared.sms());
        this.directory = directory;
        this.requests = new Member1688Requests(state);
        directory.publish(Member1688Status.class, new Member1688Status() {
            @Override
            public boolean isVerifiedThroughAlipay(String memberIdOrName) {
                return state.isBoundAndVerified(memberIdOrName);
            }

            @Override
            public String memberIdOf(String memberIdOrName) {
                return state.memberIdOf(memberIdOrName);
            }
        });
    }

    @Override
    public String name() {
        return "1688";
    }

    @Override
    public List<Extension> extensions() {
        Registrations registrations = state.registrations();
        return List.of(
                new SliderChallenge(state.sliders()),
                new SliderVerify(state.sliders()),
                new UserRegister(registrations, sms),
                new RegisterSmsResend(registrations, sms),
                new RegisterConfirm(registrations),
                new UserLogin(state.members()),
                new AlipayVerify(state.members(), directory),
                new AlipayStatus(state.members()));
    }

    @Override
    public ProviderRequests requests() {
        return requests;
    }

    @Override
    public void contributeControlRoutes(ControlRoutes routes) {
        routes.post("/members", new SeedMember(state.members()));
    }

    @Override
    public void reset() {
        state.forgetAll();
    }
}
