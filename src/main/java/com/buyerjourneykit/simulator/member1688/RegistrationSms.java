package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.sms.SmsDelivery;

/** The 校验码 SMS as the buyer's phone shows it, sent through the shared SMS delivery, so the magic numbers hold for 1688 too. */
final class RegistrationSms {
    static final String PROVIDER = "1688";
    private final SmsDelivery delivery;

    RegistrationSms(SmsDelivery delivery) {
        this.delivery = delivery;
    }

    void deliver(CodeSent sent) {
        String code = sent.issue().code();
        long minutes = sent.issue().validForSeconds() / 60;
        String text = "【1688】校验码" + code + "，" + minutes + "分钟内输入有效，请勿泄漏。";
        delivery.send(sent.registration().mobile(), PROVIDER, text, code);
    }
}
