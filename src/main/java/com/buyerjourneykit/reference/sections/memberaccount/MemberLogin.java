package com.buyerjourneykit.reference.sections.memberaccount;

/** A member name and password typed to sign in with an existing 1688 account; the password is never printed. */
public record MemberLogin(String memberName, String password) {

    @Override
    public String toString() {
        return "MemberLogin[memberName=" + memberName + ", password=******]";
    }
}
