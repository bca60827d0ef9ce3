package com.buyerjourneykit.simulator;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.buyerjourneykit.simulator.core.RequestProblem;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import java.util.EnumSet;
import java.util.function.BiFunction;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.org.eclipse.jetty.servlet.FilterHolder;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;

/** WireMock's own Jetty server, with the {@link FormBodyGuard} in front of the provider APIs and the control API. */
final class GuardedServerFactory implements HttpServerFactory {
    private final BiFunction<String, RequestProblem, ResponseDefinition> unreadable;

    GuardedServerFactory(BiFunction<String, RequestProblem, ResponseDefinition> unreadable) {
        this.unreadable = unreadable;
    }

    @Override
    public HttpServer buildHttpServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
        FilterHolder guard = new FilterHolder(new FormBodyGuard(unreadable));
        return new Jetty11HttpServer(options, admin, stubs) {
            @Override
            protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
                context.addFilter(guard, "/*", EnumSet.of(DispatcherType.REQUEST));
            }

            @Override
            protected void decorateAdminServiceContextBeforeConfig(ServletContextHandler context) {
                context.addFilter(guard, "/*", EnumSet.of(DispatcherType.REQUEST));
            }
        };
    }
}
