package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.AlipayAccountOpening;
import com.buyerjourneykit.reference.journey.InvalidInput;
import com.buyerjourneykit.reference.journey.ProviderUnavailable;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The reference app's HTTP face: pages under {@code /<lang>/}, REST under {@code /api/v1/}. */
public final class WebServer {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private final Javalin javalin;

    private WebServer(Javalin javalin) {
        this.javalin = javalin;
    }

    public static WebServer start(int port, AlipayAccountOpening opening) {
        Pages pages = new Pages();
        Javalin javalin = Javalin.create(config -> configure(config, opening, pages)).start(port);
        return new WebServer(javalin);
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }

    private static void configure(JavalinConfig config, AlipayAccountOpening opening, Pages pages) {
        config.startup.showJavalinBanner = false;
        config.http.maxRequestSize = 64 * 1024;
        config.staticFiles.add(files -> {
            files.hostedPath = "/assets";
            files.directory = "/static";
            files.location = Location.CLASSPATH;
        });
        AlipayCodeApi api = new AlipayCodeApi(opening);
        AlipayCodePages alipay = new AlipayCodePages(opening, pages);
        HomePage home = new HomePage(pages);
        config.routes.get("/", ctx -> ctx.redirect("/en/"));
        config.routes.get("/{lang}/", home::show);
        config.routes.get("/{lang}/alipay/register", alipay::showRegister);
        config.routes.post("/{lang}/alipay/register", alipay::submitRegister);
        config.routes.get("/{lang}/alipay/code", alipay::showCode);
        config.routes.post("/{lang}/alipay/code", alipay::submitCode);
        config.routes.post("/{lang}/alipay/code/resend", alipay::resendCode);
        config.routes.post("/api/v1/alipay/verification-codes", api::requestCode);
        config.routes.post("/api/v1/alipay/verification-codes/checks", api::checkCode);
        handleErrors(config);
    }

    private static void handleErrors(JavalinConfig config) {
        config.routes.exception(InvalidInput.class, (error, ctx) -> JsonReply.send(ctx, 400,
                JsonReply.refusal(400, "invalid-field", error.getMessage())
                        .put("field", error.field()).put("rule", error.rule())));
        config.routes.exception(UnknownLanguage.class, (error, ctx) -> JsonReply.send(ctx, 404,
                JsonReply.refusal(404, "unknown-language", error.getMessage()).put("field", "lang").put("rule", "supported-language")));
        config.routes.exception(ProviderUnavailable.class, (error, ctx) -> {
            LOG.warn("provider unavailable on {} {}: {}", ctx.method(), ctx.path(), error.getMessage());
            JsonReply.send(ctx, 503, JsonReply.refusal(503, "provider-unavailable", error.getMessage()));
        });
        config.routes.error(404, ctx -> notFound(ctx));
    }

    private static void notFound(Context ctx) {
        if (ctx.result() == null || ctx.result().isEmpty()) {
            JsonReply.send(ctx, 404, JsonReply.refusal(404, "not-found", "no page or endpoint at " + ctx.path()));
        }
    }
}
