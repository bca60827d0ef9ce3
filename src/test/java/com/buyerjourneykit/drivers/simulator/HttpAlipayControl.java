package com.buyerjourneykit.drivers.simulator;

import com.buyerjourneykit.drivers.AlipayControlDriver;
import com.buyerjourneykit.drivers.PhoneInput;

/** Accounts opened directly at the simulated Alipay, through its own gateway. */
final class HttpAlipayControl implements AlipayControlDriver {
    private final AlipayGatewayAccountOpening opening;

    HttpAlipayControl(ControlCalls control) {
        HttpSmsInbox inbox = new HttpSmsInbox(control);
        this.opening = new AlipayGatewayAccountOpening(control.http(), control.simulatorUrl(), e164 -> inbox.codesSentBy("alipay", e164));
    }

    @Override
    public void completePersonalAccount(PhoneInput phone) {
        opening.complete(phone);
    }
}
