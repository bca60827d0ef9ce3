package com.buyerjourneykit.simulator;

import com.buyerjourneykit.simulator.alipay.AlipayProvider;
import com.buyerjourneykit.simulator.core.ProviderFactory;
import com.buyerjourneykit.simulator.member1688.Member1688Provider;
import com.buyerjourneykit.simulator.myinvois.MyInvoisProvider;
import com.buyerjourneykit.simulator.worldfirst.WorldFirstProvider;
import java.util.List;

/** Every simulated provider, one line each. Order does not matter: views are looked up per request. */
final class Providers {
    static final List<ProviderFactory> ALL = List.of(
            AlipayProvider::new,
            Member1688Provider::new,
            WorldFirstProvider::new,
            MyInvoisProvider::new);

    private Providers() {
    }
}
