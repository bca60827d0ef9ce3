package com.buyerjourneykit.simulator.member1688;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * One 1688 open-platform API: the gateway checks app key and signature first, then the API
 * answers; bad parameters and business refusals become their answers here, in one place.
 */
public abstract class AopTransformer implements ResponseDefinitionTransformerV2 {
    private final String name;

    protected AopTransformer(String name) {
        this.name = name;
    }

    /** The name the API's mapping in stubs/1688 gives as its transformer. */
    @Override
    public final String getName() {
        return name;
    }

    @Override
    public final ResponseDefinition transform(ServeEvent serveEvent) {
        Request http = serveEvent.getRequest();
        try {
            AopRequest request = AopRequest.of(http.getUrl(), http.getBodyAsString());
            AopGateway.check(request);
            return answer(request);
        } catch (GatewayRefusal refusal) {
            return AopReply.gatewayError(refusal);
        } catch (InvalidParameter invalid) {
            return AopReply.invalid(invalid);
        } catch (Refusal refusal) {
            return AopReply.refusal(refusal);
        }
    }

    @Override
    public final boolean applyGlobally() {
        return false;
    }

    protected abstract ResponseDefinition answer(AopRequest request);
}
