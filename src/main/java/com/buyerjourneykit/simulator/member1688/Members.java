package com.buyerjourneykit.simulator.member1688;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every 1688 member, by member id and by member name (compared without case). Adding is atomic
 * on the name, so two buyers racing for one name never both get it.
 */
final class Members {
    static final String NAME_TAKEN = "MEMBER_NAME_TAKEN";
    private static final long TEN_DIGITS = 10_000_000_000L;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Member> byId = new ConcurrentHashMap<>();
    private final Map<String, String> idByNameKey = new ConcurrentHashMap<>();

    boolean isNameTaken(String memberName) {
        String key = MemberNames.key(memberName);
        return key.equals(MemberNames.ALWAYS_TAKEN) || idByNameKey.containsKey(key);
    }

    /** Adds a member under a new {@code b2b-} id, or refuses with MEMBER_NAME_TAKEN. */
    synchronized Member add(String memberName, String mobile, PasswordHash password, AlipayBinding alipay) {
        if (isNameTaken(memberName)) {
            throw nameTaken(memberName);
        }
        Member member = new Member(newMemberId(), memberName, mobile, password, alipay);
        idByNameKey.put(MemberNames.key(memberName), member.memberId());
        byId.put(member.memberId(), member);
        return member;
    }

    Optional<Member> byId(String memberId) {
        return Optional.ofNullable(byId.get(memberId));
    }

    Optional<Member> byName(String memberName) {
        return Optional.ofNullable(idByNameKey.get(MemberNames.key(memberName))).map(byId::get);
    }

    void markBoundAndVerified(String memberId) {
        byId.computeIfPresent(memberId, (id, member) -> member.boundAndVerified());
    }

    synchronized void forgetAll() {
        byId.clear();
        idByNameKey.clear();
    }

    static Refusal nameTaken(String memberName) {
        return new Refusal(NAME_TAKEN, "The member name " + memberName + " is already registered");
    }

    private String newMemberId() {
        String id;
        do {
            id = String.format("b2b-%010d", random.nextLong(TEN_DIGITS));
        } while (byId.containsKey(id));
        return id;
    }
}
