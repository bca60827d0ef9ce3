package com.buyerjourneykit.drivers.simulator;

import com.buyerjourneykit.drivers.WorldFirstControlDriver;
import com.buyerjourneykit.drivers.WorldFirstNotice;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** {@code /__admin/sim/worldfirst/…}: payments received, balances, rates, Alipay International and World Pay links, unknown conversions, notifications. */
final class HttpWorldFirstControl implements WorldFirstControlDriver {
    private static final String WORLDFIRST = "/worldfirst";
    private final ControlCalls control;

    HttpWorldFirstControl(ControlCalls control) {
        this.control = control;
    }

    @Override
    public String paymentReceived(String accountNo, String currency, String value) {
        return control.post(WORLDFIRST + "/payments-received", ControlCalls.object().put("accountNo", accountNo)
                .put("currency", currency).put("value", value)).path("status").asText();
    }

    @Override
    public void setRate(String sellCurrency, String buyCurrency, String rate) {
        control.post(WORLDFIRST + "/rates", ControlCalls.object().put("sellCurrency", sellCurrency)
                .put("buyCurrency", buyCurrency).put("rate", rate));
    }

    @Override
    public void linkToAlipayInternational(String alibaba1688Id) {
        control.post(WORLDFIRST + "/alipay-international-links", ControlCalls.object().put("alibaba1688Id", alibaba1688Id));
    }

    @Override
    public void unlinkFromAlipayInternational(String alibaba1688Id) {
        control.post(WORLDFIRST + "/alipay-international-unlinks", ControlCalls.object().put("alibaba1688Id", alibaba1688Id));
    }

    @Override
    public void setBalance(String worldAccountId, String currency, String value) {
        control.post(WORLDFIRST + "/balances", ControlCalls.object().put("worldAccountId", worldAccountId)
                .put("currency", currency).put("value", value));
    }

    @Override
    public void linkWorldPay(String worldAccountId, String alibaba1688Id) {
        control.post(WORLDFIRST + "/world-pay-links", ControlCalls.object().put("worldAccountId", worldAccountId)
                .put("alibaba1688Id", alibaba1688Id));
    }

    @Override
    public void answerNextConversionUnknown(String worldAccountId, String when) {
        control.post(WORLDFIRST + "/unknown-conversions", ControlCalls.object().put("worldAccountId", worldAccountId)
                .put("when", when));
    }

    @Override
    public List<WorldFirstNotice> notifications() {
        return notices(control.get(WORLDFIRST + "/notifications"));
    }

    @Override
    public List<WorldFirstNotice> dispatchDueNotifications() {
        return notices(control.post(WORLDFIRST + "/notification-dispatches", ControlCalls.object()));
    }

    @Override
    public void registerNotifyUrl(String clientId, String notifyUrl) {
        control.post(WORLDFIRST + "/clients", ControlCalls.object().put("clientId", clientId).put("notifyUrl", notifyUrl));
    }

    private static List<WorldFirstNotice> notices(JsonNode outbox) {
        List<WorldFirstNotice> notices = new ArrayList<>();
        outbox.path("notifications").forEach(notice -> notices.add(new WorldFirstNotice(notice.path("notificationId").asText(),
                notice.path("notifyType").asText(), notice.path("status").asText(), notice.path("attempts").asInt(),
                notice.path("body").path("accountNo").asText())));
        return notices;
    }
}
