package com.buyerjourneykit.drivers;

import java.util.List;
import java.util.Optional;

/** What a channel can show the report: a screenshot of the screen, the HTTP exchanges (secrets masked). */
public interface Evidence {

    Optional<byte[]> screenshot();

    List<String> exchanges();
}
