package com.buyerjourneykit.conformance;

/** How one scenario run counts: Allure's broken is a failure too, and a skip counts only when it says why it does not apply. */
public enum RunStatus {
    PASSED, FAILED, NOT_APPLICABLE;

    static RunStatus of(String allureStatus, String message) {
        if ("passed".equals(allureStatus)) {
            return PASSED;
        }
        boolean explained = message.startsWith(ScenarioScope.NOT_APPLICABLE) || message.startsWith(ScenarioScope.CANNOT_RUN);
        return "skipped".equals(allureStatus) && explained ? NOT_APPLICABLE : FAILED;
    }
}
