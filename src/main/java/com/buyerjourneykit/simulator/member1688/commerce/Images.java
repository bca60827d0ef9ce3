package com.buyerjourneykit.simulator.member1688.commerce;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Uploaded images by image id, each with the offers' image labels found in it. */
final class Images {
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> contentById = new ConcurrentHashMap<>();

    /** Keeps the image's bytes (as ISO-8859-1 text, so labels can be found) under a new numeric id. */
    String add(String content) {
        String id = Long.toString(1_000_000_000_000L + random.nextLong(9_000_000_000_000L));
        contentById.put(id, content);
        return id;
    }

    Optional<String> content(String imageId) {
        return Optional.ofNullable(contentById.get(imageId));
    }

    static List<Offer> shown(String content, List<Offer> offers) {
        return offers.stream().filter(offer -> content.contains(offer.imageLabel())).toList();
    }

    void forgetAll() {
        contentById.clear();
    }
}
