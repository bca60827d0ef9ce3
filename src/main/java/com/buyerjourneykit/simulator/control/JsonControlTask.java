package com.buyerjourneykit.simulator.control;

import com.buyerjourneykit.simulator.Replies;
import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/** A control call with a JSON body, such as a provider's seeding: a broken field becomes its 400 answer here. */
public abstract class JsonControlTask implements AdminTask {

    @Override
    public final ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
        try {
            return answer(ControlBody.parse(serveEvent.getRequest().getBodyAsString()));
        } catch (InvalidControlField invalid) {
            return Replies.invalidField(invalid.field(), invalid.rule(), invalid.getMessage());
        }
    }

    protected abstract ResponseDefinition answer(ControlBody body);
}
