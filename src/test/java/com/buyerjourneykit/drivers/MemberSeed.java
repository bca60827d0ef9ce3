package com.buyerjourneykit.drivers;

/** A 1688 member who registered before the scenario began, bound and verified with Alipay or not. */
public record MemberSeed(String memberName, String password, PhoneInput phone, boolean verified) {

    @Override
    public String toString() {
        return "MemberSeed[memberName=" + memberName + ", password=******, verified=" + verified + "]";
    }
}
