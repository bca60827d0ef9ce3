package com.buyerjourneykit.simulator.core;

import com.buyerjourneykit.simulator.Replies;
import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.Map;

/**
 * Every control call of {@code /__admin/sim}: refused when its body is over the size limit, and
 * written to the request log with its path parameters as names ({@code /sim/clock/{phone}}) and
 * the buyer masked. A base class rather than a wrapper: WireMock finds a task's path parameters
 * by the task's class, so a wrapper shared by all routes would read them with the wrong template.
 */
public abstract class ControlTask implements AdminTask {

    @Override
    public final ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
        LoggedRequest request = serveEvent.getRequest();
        ResponseDefinition answer = BodySize.exceedsLimit(request)
                ? tooLarge()
                : answer(request, pathParams);
        RequestLog.control(request, "/__admin" + templateOf(RequestLog.pathOf(request.getUrl()), pathParams),
                answer.getStatus(), ControlBuyer.of(request, pathParams));
        return answer;
    }

    protected abstract ResponseDefinition answer(Request request, PathParams pathParams);

    private static ResponseDefinition tooLarge() {
        RequestProblem problem = RequestProblem.tooLarge(ProviderGate.MAX_BODY_BYTES);
        return Replies.refusal(problem.status(), problem.field(), problem.rule(), problem.message());
    }

    private static String templateOf(String path, PathParams pathParams) {
        String named = path.startsWith("/__admin") ? path.substring("/__admin".length()) : path;
        for (Map.Entry<String, String> parameter : pathParams.entrySet()) {
            named = named.replace("/" + parameter.getValue(), "/{" + parameter.getKey() + "}");
        }
        return named;
    }
}
