package com.buyerjourneykit.phone;

/** A validated mobile number in E.164 form ("+60123456789"): the key a buyer's state is kept under. */
public record MobileNumber(String e164) {

    /** The number as SMS screens show it: "+60 ••• ••• 789". */
    public String masked() {
        return e164.substring(0, 3) + " ••• ••• " + e164.substring(e164.length() - 3);
    }

    @Override
    public String toString() {
        return masked();
    }
}
