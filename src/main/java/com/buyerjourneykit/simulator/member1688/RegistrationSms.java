package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.SimulatorState;
import com.buyerjourneykit.simulator.sms.SmsMessage;

/** The 校验码 SMS as the buyer's phone shows it, sent through the shared SMS delivery, so the magic numbers hold for 1688 too. */
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
