package com.buyerjourneykit.simulator.myinvois;

import com.buyerjourneykit.simulator.Replies;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/** One MyInvois API: answers the request, or its {@link MyInvoisError} in MyInvois's standard error response. */
abstract class MyInvoisApi implements ResponseDefinitionTransformerV2 {
    private final String name;

    MyInvoisApi(String name) {
        this.name = name;
    }

    /** The name the API's mapping in stubs/myinvois gives as its transformer. */
    @Override
    public final String getName() {
        return name;
    }

    @Override
    public final ResponseDefinition transform(ServeEvent serveEvent) {
        try {
            return answer(serveEvent.getRequest());
        } catch (MyInvoisError refused) {
            return Replies.json(refused.status(), refused.json());
        }
    }

    @Override
    public final boolean applyGlobally() {
        return false;
    }

    abstract ResponseDefinition answer(Request request);
}
