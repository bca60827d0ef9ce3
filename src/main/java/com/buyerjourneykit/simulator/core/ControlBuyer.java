package com.buyerjourneykit.simulator.core;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import java.util.Optional;
import java.util.Set;

/** Whom a control call is about, for its log line: a valid phone in the path or the body, masked; else nobody. */
final class ControlBuyer {
    private ControlBuyer() {
    }

    static Buyer of(Request request, PathParams pathParams) {
        Optional<String> given = Optional.ofNullable(pathParams.get("phone"))
                .or(() -> SimulatorJson.lenientObject(request.getBodyAsString())
                        .map(body -> body.path("phone").asText(null)));
        return given.flatMap(BuyerPhones::mobile).map(phone -> Buyer.withPhone(phone, Set.of())).orElse(Buyer.nobody());
    }
}
