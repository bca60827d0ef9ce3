package com.buyerjourneykit.drivers.simulator;

import com.buyerjourneykit.drivers.AlipayControlDriver;
import com.buyerjourneykit.drivers.BuyerClockDriver;
import com.buyerjourneykit.drivers.Commerce1688ControlDriver;
import com.buyerjourneykit.drivers.DriverRegistry;
import com.buyerjourneykit.drivers.Member1688ControlDriver;
import com.buyerjourneykit.drivers.MyInvoisControlDriver;
import com.buyerjourneykit.drivers.Orders1688ControlDriver;
import com.buyerjourneykit.drivers.ProviderFaultsDriver;
import com.buyerjourneykit.drivers.SmsInboxDriver;
import com.buyerjourneykit.drivers.WorldFirstControlDriver;

/** The simulator's control drivers, one line per concern; a new provider adds its line here. */
public final class SimulatorControls {
    private SimulatorControls() {
    }

    public static DriverRegistry over(String simulatorUrl) {
        ControlCalls control = new ControlCalls(simulatorUrl);
        return new DriverRegistry()
                .provide(SmsInboxDriver.class, () -> new HttpSmsInbox(control))
                .provide(BuyerClockDriver.class, () -> new HttpBuyerClock(control))
                .provide(AlipayControlDriver.class, () -> new HttpAlipayControl(control))
                .provide(Member1688ControlDriver.class, () -> new Http1688Control(control))
                .provide(ProviderFaultsDriver.class, () -> new HttpProviderFaults(control))
                .provide(WorldFirstControlDriver.class, () -> new HttpWorldFirstControl(control))
                .provide(Commerce1688ControlDriver.class, () -> new Http1688CommerceControl(control))
                .provide(Orders1688ControlDriver.class, () -> new HttpOrders1688Control(control))
                .provide(MyInvoisControlDriver.class, () -> new HttpMyInvoisControl(control));
    }
}
