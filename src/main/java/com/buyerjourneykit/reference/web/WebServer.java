package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.Journeys;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference app's HTTP face: pages under {@code /<lang>/}, REST under {@code /api/v1/}. The
 * journey's own routes live here; every route of a guide section comes from its one declaration
 * in the {@link RouteTable}, as a REST route and a page pair.
 */
public final class WebServer {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /** An hour: a browser walking the guide loads the stylesheet once, and a changed one reaches it within the hour. */
    private static final int ASSETS_KEPT_SECONDS = 3600;
    private final Javalin javalin;
    private final String host;

    private WebServer(Javalin javalin, String host) {
        this.javalin = javalin;
        this.host = host;
    }

    /** {@code sectionBundles}: the sections' message bundles, such as {@code i18n/alipayaccount/messages}. */
    public static WebServer start(String host, int port, Journeys journeys, RouteTable routes, List<String> sectionBundles) {
        PageFlow flow = new PageFlow(new Pages(sectionBundles), journeys);
        Javalin javalin = Javalin.create(config -> configure(config, journeys, routes, flow)).start(host, port);
        return new WebServer(javalin, host);
    }

    public String host() {
        return host;
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }

    private static void configure(JavalinConfig config, Journeys journeys, RouteTable routes, PageFlow flow) {
        config.startup.showJavalinBanner = false;
        config.http.maxRequestSize = Refusals.MAX_BODY_BYTES;
        RequestLog requests = new RequestLog(journeys);
        config.routes.before(RequestLog::start);
        config.requestLogger.http((ctx, javalinMilliseconds) -> requests.log(ctx));
        config.staticFiles.add(files -> {
            files.hostedPath = "/assets";
            files.directory = "/static";
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "max-age=" + ASSETS_KEPT_SECONDS); // the pages' stylesheet, not fetched on every page
        });
        journeyRoutes(config, journeys, flow);
        routes.sectionRoutes().forEach(route -> declare(config, route, flow));
        Refusals.ALL.forEach(refusal -> answerRefusal(config, refusal));
        config.routes.error(404, WebServer::notFound);
    }

    private static void journeyRoutes(JavalinConfig config, Journeys journeys, PageFlow flow) {
        JourneyApi api = new JourneyApi(journeys);
        JourneyPages pages = new JourneyPages(journeys, flow);
        config.routes.before(WebServer::guard);
        config.routes.get("/", ctx -> ctx.redirect("/en/"));
        config.routes.get("/{lang}/", pages::home);
        config.routes.post("/{lang}/journeys", pages::start);
        config.routes.get("/{lang}/journeys/{journeyId}", pages::progress);
        config.routes.post(JourneyApi.START, api::start);
        config.routes.get(JourneyApi.SHOW, api::show);
    }

    /**
     * Before any route: security headers on every answer; posts name a known charset; REST posts
     * are JSON; page posts are url-encoded forms carrying their form token.
     */
    private static void guard(Context ctx) {
        SecurityHeaders.add(ctx);
        boolean api = ctx.path().startsWith("/api/");
        if ("POST".equals(ctx.method().name())) {
            DeclaredCharset.require(ctx);
            if (api) {
                JsonContentType.require(ctx);
            } else {
                FormContentType.require(ctx);
                FormToken.require(ctx);
            }
        }
        if (!api && !ctx.path().startsWith("/assets/")) {
            FormToken.issue(ctx);
        }
    }

    /** One declaration, both faces: the REST route and the page pair. */
    private static void declare(JavalinConfig config, Route route, PageFlow flow) {
        if (route.isProviderNotification()) {
            config.routes.post(route.apiPath(), ctx -> answerProvider(ctx, route));
        } else if (route.isJourneyAction()) {
            config.routes.post(route.apiPath(), ctx -> answerJson(ctx, route));
            config.routes.get(route.pagePath(), ctx -> flow.show(ctx, route));
            config.routes.post(route.pagePath(), ctx -> flow.run(ctx, route, new FormStepRequest(ctx)));
        } else {
            config.routes.get(route.apiPath(), ctx -> JsonReply.send(ctx, route.handler().answer(new QueryStepRequest(ctx))));
            config.routes.get(route.pagePath(), ctx -> flow.run(ctx, route, new QueryStepRequest(ctx)));
        }
    }

    private static void answerJson(Context ctx, Route route) {
        JsonReply.send(ctx, route.handler().answer(JsonStepRequest.of(ctx, route.needsBody())));
    }

    private static void answerProvider(Context ctx, Route route) {
        NotificationReply reply = route.notificationHandler().answer(new ProviderNotification(ctx.path(), ctx.headerMap(), ctx.body()));
        reply.headers().forEach(ctx::header);
        ctx.status(reply.status()).contentType("application/json; charset=utf-8").result(reply.body());
    }

    private static <T extends RuntimeException> void answerRefusal(JavalinConfig config, Class<T> refusal) {
        config.routes.exception(refusal, (error, ctx) -> {
            StepAnswer answer = Refusals.answer(error);
            if (answer.status() >= 500) {
                LOG.warn("provider unavailable on {} {}: {}", ctx.method(), ctx.path(), error.getMessage());
            }
            JsonReply.send(ctx, answer);
        });
    }

    private static void notFound(Context ctx) {
        if (ctx.result() == null || ctx.result().isEmpty()) {
            JsonReply.send(ctx, 404, JsonReply.refusal(404, "not-found", "no page or endpoint at " + ctx.path()));
        }
    }
}
