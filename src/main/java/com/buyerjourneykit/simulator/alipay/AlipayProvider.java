package com.buyerjourneykit.simulator.alipay;

import com.buyerjourneykit.simulator.core.ControlRoutes;
import com.buyerjourneykit.simulator.core.ProviderDirectory;
import com.buyerjourneykit.simulator.core.ProviderRequests;
import com.buyerjourneykit.simulator.core.SharedServices;
import com.buyerjourneykit.simulator.core.SimulatedProvider;
import com.buyerjourneykit.simulator.published.AlipayAccountStatus;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.util.List;

/**
 * Alipay ({@code /alipay/gateway.do}): the personal-account methods, named as the mappings in
 * stubs/alipay use them; seeding under {@code /__admin/sim/alipay}; publishes {@link AlipayAccountStatus}.
 */
public final class AlipayProvider implements SimulatedProvider {
    private final AlipayState state;
    private final AlipayRequests requests = new AlipayRequests();

    public AlipayProvider(SharedServices shared, ProviderDirectory directory) {
        this.state = new AlipayState(shared);
        directory.publish(AlipayAccountStatus.class,
                e164 -> state.accounts().statusOf(e164) == AccountStatus.COMPLETED);
    }

    @Override
    public String name() {
        return "alipay";
    }

    @Override
    public List<Extension> extensions() {
        return List.of(new PersonalSmsSend(state), new PersonalSmsVerify(state), new PersonalIdentityVerify(state),
                new PersonalAddressRegister(state), new PersonalProfileComplete(state), new PersonalAccountQuery(state));
    }

    @Override
    public ProviderRequests requests() {
        return requests;
    }

    @Override
    public void contributeControlRoutes(ControlRoutes routes) {
        routes.post("/completed-accounts", new SeedCompletedAccount(state.accounts()));
    }

    @Override
    public void reset() {
        state.accounts().forgetAll();
    }
}
