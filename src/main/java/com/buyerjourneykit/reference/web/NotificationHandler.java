package com.buyerjourneykit.reference.web;

/** Takes a provider's notification and answers in the provider's terms; nothing the buyer sees. */
@FunctionalInterface
public interface NotificationHandler {

    NotificationReply answer(ProviderNotification notification);
}
