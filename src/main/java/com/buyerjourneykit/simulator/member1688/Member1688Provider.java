package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.core.ControlRoutes;
import com.buyerjourneykit.simulator.core.ProviderDirectory;
import com.buyerjourneykit.simulator.core.ProviderRequests;
import com.buyerjourneykit.simulator.core.SharedServices;
import com.buyerjourneykit.simulator.core.SimulatedProvider;
import com.buyerjourneykit.simulator.member1688.commerce.BuyerAccount;
import com.buyerjourneykit.simulator.member1688.commerce.Commerce;
import com.buyerjourneykit.simulator.published.Member1688Status;
import com.buyerjourneykit.simulator.sms.CodeRules;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 1688.com ({@code /1688/openapi/…}): the open-platform APIs, named as the mappings in stubs/1688
 * use them — membership here, cross-border commerce in {@code commerce} (catalogue, orders, cashier, export); member seeding under {@code /__admin/sim/1688}; publishes {@link Member1688Status}.
 * Reads Alipay only through {@code AlipayAccountStatus}.
 */
public final class Member1688Provider implements SimulatedProvider {
    private final Member1688State state;
    private final RegistrationSms sms;
    private final ProviderDirectory directory;
    private final Member1688Requests requests;
    private final Commerce commerce;

    public Member1688Provider(SharedServices shared, ProviderDirectory directory) {
        this.state = new Member1688State(shared.clock(), shared.oneTimeCodes(CodeRules.member1688()));
        this.sms = new RegistrationSms(shared.sms());
        this.directory = directory;
        this.requests = new Member1688Requests(state);
        this.commerce = new Commerce(shared.clock(), shared.stubFiles(), directory, this::buyerAccount);
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
        List<Extension> extensions = new ArrayList<>(List.of(
                new SliderChallenge(state.sliders()),
                new SliderVerify(state.sliders()),
                new UserRegister(registrations, sms),
                new RegisterSmsResend(registrations, sms),
                new RegisterConfirm(registrations),
                new UserLogin(state.members()),
                new AlipayVerify(state.members(), directory),
                new AlipayStatus(state.members())));
        extensions.addAll(commerce.extensions());
        return extensions;
    }

    @Override
    public ProviderRequests requests() {
        return requests;
    }

    @Override
    public void contributeControlRoutes(ControlRoutes routes) {
        routes.post("/members", new SeedMember(state.members()));
        commerce.contributeControlRoutes(routes);
    }

    @Override
    public void reset() {
        state.forgetAll();
        commerce.forgetAll();
    }

    private Optional<BuyerAccount> buyerAccount(String memberId) {
        return state.members().byId(memberId).map(member -> new BuyerAccount(member.memberId(), member.memberName(),
                member.mobile(), member.alipay() == AlipayBinding.BOUND_VERIFIED));
    }
}
