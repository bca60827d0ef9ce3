package com.buyerjourneykit.simulator.member1688.commerce;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Each member's average monthly 1688 volume in fen, which picks World Pay's service-fee tier; 0 unless seeded. */
final class MonthlyVolumes {
    private final Map<String, Long> byMember = new ConcurrentHashMap<>();

    long of(String memberId) {
        return byMember.getOrDefault(memberId, 0L);
    }

    void set(String memberId, long fen) {
        byMember.put(memberId, fen);
    }

    void forgetAll() {
        byMember.clear();
    }
}
