package com.buyerjourneykit.dsl;

import com.buyerjourneykit.drivers.AlipayControlDriver;

/** What a buyer did directly with Alipay, outside the system under test, set up at the simulated Alipay. */
public final class AlipayControlDsl {
    private final JourneyContext journey;

    public AlipayControlDsl(JourneyContext journey) {
        this.journey = journey;
    }

    /** Guide section 1 done at Alipay itself; see {@link AlipayControlDriver#completePersonalAccount}. */
    public void completePersonalAccount(String alias) {
        journey.control(AlipayControlDriver.class).completePersonalAccount(journey.buyer(alias).phone());
    }
}
