package com.buyerjourneykit.drivers;

/** A member name and password typed to sign in with an existing 1688 account. */
public record MemberLoginInput(String memberName, String password) {

    @Override
    public String toString() {
        return "MemberLoginInput[memberName=" + memberName + ", password=******]";
    }
}
