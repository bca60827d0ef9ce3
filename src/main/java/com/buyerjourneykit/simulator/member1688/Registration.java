package com.buyerjourneykit.simulator.member1688;

/** A registration between 同意并注册 and 提交: no member yet until the 校验码 is confirmed. */
record Registration(String registrationId, String memberName, String mobile, PasswordHash password, String memberId) {

    static Registration awaitingCode(String registrationId, RegistrationForm form) {
        return new Registration(registrationId, form.memberName(), form.mobile().e164(), form.password(), null);
    }

    boolean isAwaitingCode() {
        return memberId == null;
    }

    Registration confirmedAs(String newMemberId) {
        return new Registration(registrationId, memberName, mobile, password, newMemberId);
    }
}
