package com.buyerjourneykit.simulator.sms;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every SMS the simulated providers sent, per phone, oldest first: MailHog for text messages. */
public final class SmsInbox {
    private final Map<String, List<SmsMessage>> byPhone = new ConcurrentHashMap<>();

    public void deliver(SmsMessage message) {
        byPhone.computeIfAbsent(message.phone(), phone -> new CopyOnWriteArrayList<>()).add(message);
    }

    public List<SmsMessage> messagesFor(String phone) {
        return List.copyOf(byPhone.getOrDefault(phone, List.of()));
    }

    public void clear() {
        byPhone.clear();
    }
}
