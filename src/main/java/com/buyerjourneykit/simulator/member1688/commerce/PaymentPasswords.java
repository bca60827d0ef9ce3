package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.member1688.Refusal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Alipay payment password each member completes a payment with (PAY-04): 6 digits; 5 wrong
 * entries in a row lock it until it is set again through the control API; a right one clears the
 * count. A member whose password was never set has {@link #DEFAULT} (a documented magic value).
 */
final class PaymentPasswords {
    static final String DEFAULT = "246810";
    static final int MAX_WRONG = 5;
    private final Map<String, Entry> byMember = new ConcurrentHashMap<>();

    private record Entry(String password, int wrong) {
    }

    void set(String memberId, String password) {
        byMember.put(memberId, new Entry(password, 0));
    }

    /** Throws PAYMENT_PASSWORD_LOCKED or PAYMENT_PASSWORD_WRONG (+ remainingAttempts); atomic per member. */
    void check(String memberId, String given) {
        Entry entry = byMember.compute(memberId, (id, old) -> next(old == null ? new Entry(DEFAULT, 0) : old, given));
        if (entry.wrong() > MAX_WRONG) {
            throw new Refusal("PAYMENT_PASSWORD_LOCKED", "The payment password is locked after "
                    + MAX_WRONG + " wrong entries");
        }
        if (entry.wrong() > 0) {
            throw new Refusal("PAYMENT_PASSWORD_WRONG", "The payment password is wrong")
                    .with("remainingAttempts", MAX_WRONG - entry.wrong());
        }
    }

    void forgetAll() {
        byMember.clear();
    }

    /** Once locked, stays locked (count above the limit) even for the right password. */
    private static Entry next(Entry entry, String given) {
        if (entry.wrong() >= MAX_WRONG) {
            return new Entry(entry.password(), MAX_WRONG + 1);
        }
        boolean right = MessageDigest.isEqual(entry.password().getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
        return new Entry(entry.password(), right ? 0 : entry.wrong() + 1);
    }
}
