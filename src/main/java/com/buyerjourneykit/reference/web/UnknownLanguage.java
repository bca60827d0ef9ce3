package com.buyerjourneykit.reference.web;

/** A page path whose first segment is not one of en, ru, tr, zh-CN. */
final class UnknownLanguage extends RuntimeException {
    UnknownLanguage() {
        super("lang must be one of en, ru, tr, zh-CN");
    }
}
