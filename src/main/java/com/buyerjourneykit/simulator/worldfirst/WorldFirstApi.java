package com.buyerjourneykit.simulator.worldfirst;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * One WorldFirst API: the gateway admits the call, the API answers, refusals become their
 * {@code F} answers here, and the gateway signs whatever goes back.
 */
abstract class WorldFirstApi implements ResponseDefinitionTransformerV2 {
    private final String name;
    private final Gateway gateway;

    WorldFirstApi(String name, Gateway gateway) {
        this.name = name;
        this.gateway = gateway;
    }

    /** The name the API's mapping in stubs/worldfirst gives as its transformer. */
    @Override
    public final String getName() {
        return name;
    }

    @Override
    public final ResponseDefinition transform(ServeEvent serveEvent) {
        Request http = serveEvent.getRequest();
        ObjectNode answer;
        try {
            answer = answer(gateway.admit(http));
        } catch (Refusal refusal) {
            answer = WorldFirstReply.refusal(refusal);
        }
        return gateway.signed(http, answer);
    }

    @Override
    public final boolean applyGlobally() {
        return false;
    }

    abstract ObjectNode answer(WorldFirstRequest request);
}
