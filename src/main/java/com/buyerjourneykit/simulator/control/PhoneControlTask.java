package com.buyerjourneykit.simulator.control;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.core.ControlTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** A control call about one buyer named in its path, {@code …/{phone}}: decoded and checked before it runs. */
abstract class PhoneControlTask extends ControlTask {

    @Override
    protected final ResponseDefinition answer(Request request, PathParams pathParams) {
        try {
            return answer(ControlPhone.e164("phone", pathParams.get("phone")));
        } catch (InvalidControlField invalid) {
            return Replies.invalidField(invalid.field(), invalid.rule(), invalid.getMessage());
        }
    }

    protected abstract ResponseDefinition answer(String e164);
}
