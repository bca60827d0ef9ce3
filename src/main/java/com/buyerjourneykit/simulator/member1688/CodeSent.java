package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.sms.CodeIssue;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A 校验码 issued for a registration, and what the register and resend APIs answer about it. */
record CodeSent(Registration registration, CodeIssue issue) {

    ObjectNode result() {
        return SimulatorJson.object()
                .put("registrationId", registration.registrationId())
                .put("resendInSeconds", issue.resendInSeconds())
                .put("validForSeconds", issue.validForSeconds());
    }

    /** 校验码已发送到你的手机，15分钟内输入有效，请勿泄漏 — the page's own words. */
    String message() {
        return "校验码已发送到你的手机，" + issue.validForSeconds() / 60 + "分钟内输入有效，请勿泄漏";
    }
}
