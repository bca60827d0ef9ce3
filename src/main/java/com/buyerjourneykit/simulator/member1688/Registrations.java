package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.sms.CodeIssue;
import com.buyerjourneykit.simulator.sms.OneTimeCodes;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registrations from 同意并注册 to 提交. Each step checks everything before it changes anything,
 * under one lock, so a refused step leaves slider tokens, codes and members as they were.
 * Codes are per mobile, so a new registration for a mobile replaces the one still waiting there.
 */
final class Registrations {
    static final String LICENCE_REQUIRED = "ENTERPRISE_LICENCE_REQUIRED";
    private final SliderChallenges sliders;
    private final Members members;
    private final OneTimeCodes codes;
    private final Map<String, Registration> byId = new ConcurrentHashMap<>();
    private final Map<String, String> awaitingByMobile = new ConcurrentHashMap<>();

    Registrations(SliderChallenges sliders, Members members, OneTimeCodes codes) {
        this.sliders = sliders;
        this.members = members;
        this.codes = codes;
    }

    synchronized CodeSent open(RegistrationForm form) {
        sliders.requireUsable(form.sliderToken());
        if (form.enterpriseWithoutLicence()) {
            throw new Refusal(LICENCE_REQUIRED, "An enterprise account needs an "
                    + RegistrationForm.UNIFIED_SOCIAL_CREDIT_CODE_LENGTH + "-character unified social credit code (统一社会信用代码)");
        }
        if (members.isNameTaken(form.memberName())) {
            throw Members.nameTaken(form.memberName());
        }
        CodeIssue issue = issueCode(form.mobile().e164());
        sliders.use(form.sliderToken());
        Registration registration = Registration.awaitingCode("reg-" + UUID.randomUUID(), form);
        awaitWithoutPredecessor(registration);
        return new CodeSent(registration, issue);
    }

    synchronized CodeSent resend(String registrationId) {
        Registration registration = byId.get(registrationId);
        if (registration == null || !registration.isAwaitingCode()) {
            throw unknown();
        }
        return new CodeSent(registration, issueCode(registration.mobile()));
    }

    synchronized Member confirm(String registrationId, String code) {
        Registration registration = byId.get(registrationId);
        if (registration == null) {
            throw unknown();
        }
        if (!registration.isAwaitingCode()) {
            throw new Refusal("SMS_CODE_USED", "This registration is already confirmed; its code has been used");
        }
        synchronized (members) {
            return createMember(registration, code);
        }
    }

    /** Whose mobile a registration is for: how a fault armed by phone finds resend and confirm. */
    Optional<String> mobileOf(String registrationId) {
        return Optional.ofNullable(byId.get(registrationId)).map(Registration::mobile);
    }

    synchronized void forgetAll() {
        byId.clear();
        awaitingByMobile.clear();
    }

    static Refusal unknown() {
        return new Refusal("REGISTRATION_UNKNOWN", "No registration waiting for a code has this id");
    }

    private Member createMember(Registration registration, String code) {
        if (members.isNameTaken(registration.memberName())) {
            throw Members.nameTaken(registration.memberName());
        }
        CodeRefusals.requireAccepted(codes.check(registration.mobile(), code));
        Member member = members.add(registration.memberName(), registration.mobile(), registration.password(),
                AlipayBinding.UNBOUND);
        byId.put(registration.registrationId(), registration.confirmedAs(member.memberId()));
        awaitingByMobile.remove(registration.mobile(), registration.registrationId());
        return member;
    }

    private CodeIssue issueCode(String mobile) {
        CodeIssue issue = codes.issue(mobile);
        if (!issue.sent()) {
            throw new Refusal("SMS_SEND_TOO_FREQUENT", "A new code can be sent in " + issue.resendInSeconds() + " s")
                    .with("retryAfterSeconds", issue.resendInSeconds());
        }
        return issue;
    }

    private void awaitWithoutPredecessor(Registration registration) {
        byId.put(registration.registrationId(), registration);
        String previous = awaitingByMobile.put(registration.mobile(), registration.registrationId());
        if (previous != null) {
            byId.remove(previous);
        }
    }
}
