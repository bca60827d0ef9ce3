package com.buyerjourneykit.drivers;

/** One notification in WorldFirst's outbox: what it says happened, to which receiving account, and whether it was acknowledged. */
public record WorldFirstNotice(String notificationId, String notifyType, String status, int attempts, String accountNo) {
}
