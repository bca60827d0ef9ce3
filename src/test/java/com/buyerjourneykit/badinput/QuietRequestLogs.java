package com.buyerjourneykit.badinput;

/**
 * Thousands of generated requests would each write a request-log line; the tests count and
 * summarise them instead. Takes effect for loggers not yet created (slf4j-simple reads it then).
 */
final class QuietRequestLogs {
    private QuietRequestLogs() {
    }

    static void apply() {
        System.setProperty("org.slf4j.simpleLogger.log.com.buyerjourneykit.simulator.requests", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.com.buyerjourneykit.reference.requests", "warn");
    }
}
