package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.SimulatorState;
import com.buyerjourneykit.simulator.sms.SmsMessage;

/** The 校验码 SMS as the buyer's phone shows it, delivered to the simulator's inbox. */
final class RegistrationSms {
    static final String PROVIDER = "1688";

    private RegistrationSms() {
    }

    static void deliver(SimulatorState state, CodeSent sent) {
        String mobile = sent.registration().mobile();
        String code = sent.issue().code();
        long minutes = sent.issue().validForSeconds() / 60;
        String text = "【1688】校验码" + code + "，" + minutes + "分钟内输入有效，请勿泄漏。";
        state.smsDelivery().send(new SmsMessage(mobile, PROVIDER, text, code, state.clock().nowFor(mobile)));
    }
}
