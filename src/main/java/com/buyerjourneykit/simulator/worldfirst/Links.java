package com.buyerjourneykit.simulator.worldfirst;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Which World Account each 1688 ID is authorised under (AUTH-04/05): one account links many IDs,
 * an ID links to one account only. A member's id and its member name are one 1688 ID (1688 says
 * which member an ID names); IDs are compared without case, as 1688 compares member names.
 */
final class Links {
    private final Map<String, Link> byId = new ConcurrentHashMap<>();
    private final UnaryOperator<String> memberIdOf;

    /** {@code memberIdOf}: the 1688 member id of an ID given by id or by name, as 1688 publishes it. */
    Links(UnaryOperator<String> memberIdOf) {
        this.memberIdOf = memberIdOf;
    }

    static String key(String alibaba1688Id) {
        return alibaba1688Id.toLowerCase(Locale.ROOT);
    }

    /** Refuses if the ID is already linked, to this account or another. */
    void requireUnlinked(String alibaba1688Id, String worldAccountId) {
        Link existing = byId.get(memberKey(alibaba1688Id));
        if (existing != null) {
            throw alreadyLinked(existing, worldAccountId);
        }
    }

    /** Atomic: of two racing links for one ID exactly one wins, the other is refused. */
    Link link(Link link) {
        Link existing = byId.putIfAbsent(memberKey(link.alibaba1688Id()), link);
        if (existing != null) {
            throw alreadyLinked(existing, link.worldAccountId());
        }
        return link;
    }

    boolean isLinked(String alibaba1688Id) {
        return byId.containsKey(memberKey(alibaba1688Id));
    }

    Optional<String> worldAccountOf(String alibaba1688Id) {
        return Optional.ofNullable(byId.get(memberKey(alibaba1688Id))).map(Link::worldAccountId);
    }

    List<Link> of(String worldAccountId) {
        return byId.values().stream().filter(link -> link.worldAccountId().equals(worldAccountId))
                .sorted(Comparator.comparing(Link::linkedAt).thenComparing(Link::alibaba1688Id)).toList();
    }

    private String memberKey(String alibaba1688Id) {
        return key(memberIdOf.apply(alibaba1688Id));
    }

    void forgetAll() {
        byId.clear();
    }

    private static Refusal alreadyLinked(Link existing, String worldAccountId) {
        if (existing.worldAccountId().equals(worldAccountId)) {
            return new Refusal("ALREADY_AUTHORISED", "this 1688 ID is already authorised under this World Account");
        }
        return new Refusal("LINKED_TO_ANOTHER_WORLD_ACCOUNT", "this 1688 ID is authorised under another World Account;"
                + " a 1688 ID links to one World Account only");
    }
}
