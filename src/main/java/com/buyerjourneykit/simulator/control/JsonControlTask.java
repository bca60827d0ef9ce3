package com.buyerjourneykit.simulator.control;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.core.ControlTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** A control call with a JSON body, such as a provider's seeding: a broken field becomes its 400 answer here. */
public abstract class JsonControlTask extends ControlTask {

    @Override
    protected final ResponseDefinition answer(Request request, PathParams pathParams) {
        try {
            return answer(ControlBody.parse(request.getBodyAsString()));
        } catch (InvalidControlField invalid) {
            return Replies.invalidField(invalid.field(), invalid.rule(), invalid.getMessage());
        }
    }

    protected abstract ResponseDefinition answer(ControlBody body);
}
