package com.buyerjourneykit.simulator.worldfirst;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 1688 IDs still linked to an Alipay International account (AUTH-07), which must be unlinked
 * there first. Seeded and unlinked through the control API; IDs beginning {@value #MAGIC_PREFIX}
 * start out linked, so a scenario needs no seeding call.
 */
final class AlipayInternationalLinks {
    static final String MAGIC_PREFIX = "aliintl_";
    private final Set<String> linked = ConcurrentHashMap.newKeySet();
    private final Set<String> unlinked = ConcurrentHashMap.newKeySet();

    boolean isLinked(String alibaba1688Id) {
        String key = Links.key(alibaba1688Id);
        return linked.contains(key) || (key.startsWith(MAGIC_PREFIX) && !unlinked.contains(key));
    }

    void link(String alibaba1688Id) {
        String key = Links.key(alibaba1688Id);
        unlinked.remove(key);
        linked.add(key);
    }

    void unlink(String alibaba1688Id) {
        String key = Links.key(alibaba1688Id);
        linked.remove(key);
        unlinked.add(key);
    }

    void forgetAll() {
        linked.clear();
        unlinked.clear();
    }

}
