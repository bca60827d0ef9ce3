package com.buyerjourneykit.simulator.worldfirst;

/** The name a buyer gives a receiving account (TOP-02): 1 to 40 characters, no control characters. */
final class AccountNames {
    private static final int MAX = 40;

    private AccountNames() {
    }

    static String read(WorldFirstRequest request) {
        String name = request.text("accountName").strip();
        if (name.codePointCount(0, name.length()) > MAX) {
            throw new InvalidField("accountName", "max-length-40", "accountName must be at most 40 characters");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidField("accountName", "no-control-characters", "accountName must not contain control characters");
        }
        return name;
    }
}
