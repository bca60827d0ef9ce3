package com.buyerjourneykit.simulator;

import com.buyerjourneykit.simulator.core.ControlRoutes;
import com.buyerjourneykit.simulator.core.ControlTask;
import com.buyerjourneykit.simulator.core.ProviderDirectory;
import com.buyerjourneykit.simulator.core.SharedServices;
import com.buyerjourneykit.simulator.core.SimulatedProvider;
import com.buyerjourneykit.simulator.published.AlipayAccountStatus;
import com.buyerjourneykit.simulator.published.Member1688Status;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A provider that exists only in tests, built as the coming ones will be: one transformer, control
 * routes under {@code /__admin/sim/fake}, a reset, and reads of Alipay and 1688 through their
 * published views only. It counts its resets and answers that count, so a test sees them over HTTP.
 */
final class FakeProvider implements SimulatedProvider {
    static final String GREETING = "fake-greeting";
    private final AtomicInteger resets = new AtomicInteger();
    private final ProviderDirectory directory;

    FakeProvider(SharedServices shared, ProviderDirectory directory) {
        this.directory = directory;
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public List<Extension> extensions() {
        return List.of(new Greeting());
    }

    @Override
    public void contributeControlRoutes(ControlRoutes routes) {
        routes.get("/resets", new ControlTask() {
            @Override
            protected ResponseDefinition answer(Request request, PathParams params) {
                return json(SimulatorJson.object().put("resets", resets.get()));
            }
        });
        routes.get("/alipay-accounts/{phone}", new ControlTask() {
            @Override
            protected ResponseDefinition answer(Request request, PathParams params) {
                return json(SimulatorJson.object().put("complete",
                        directory.view(AlipayAccountStatus.class).isComplete(params.get("phone"))));
            }
        });
        routes.get("/1688-members/{member}", new ControlTask() {
            @Override
            protected ResponseDefinition answer(Request request, PathParams params) {
                return json(SimulatorJson.object().put("verified",
                        directory.view(Member1688Status.class).isVerifiedThroughAlipay(params.get("member"))));
            }
        });
    }

    @Override
    public void reset() {
        resets.incrementAndGet();
    }

    private static ResponseDefinition json(ObjectNode body) {
        return Replies.json(200, body);
    }

    private static final class Greeting implements ResponseDefinitionTransformerV2 {
        @Override
        public String getName() {
            return GREETING;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            return json(SimulatorJson.object().put("greeting", "hello from the fake provider"));
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }
    }
}
