package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.AlipayAccountCompletion;
import com.buyerjourneykit.reference.journey.AlipayAccountOpening;
import com.buyerjourneykit.reference.journey.ExistingMemberAccount;
import com.buyerjourneykit.reference.journey.InvalidInput;
import com.buyerjourneykit.reference.journey.JourneyNotFound;
import com.buyerjourneykit.reference.journey.Journeys;
import com.buyerjourneykit.reference.journey.MemberAccountOpening;
import com.buyerjourneykit.reference.journey.MemberAlipayVerification;
import com.buyerjourneykit.reference.journey.ProviderUnavailable;
import com.buyerjourneykit.reference.journey.StepAlreadyDone;
import com.buyerjourneykit.reference.journey.StepNotReady;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The reference app's HTTP face: pages under {@code /<lang>/}, REST under {@code /api/v1/}. */
public final class WebServer {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final String JOURNEY = "/api/v1/journeys/{journeyId}";
    private static final String PAGE = "/{lang}/journeys/{journeyId}";
    private final Javalin javalin;

    private WebServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /** The journey's services, handed to the handlers. */
    public record Services(Journeys journeys, AlipayAccountOpening alipay, AlipayAccountCompletion alipayCompletion,
                           MemberAccountOpening memberOpening, ExistingMemberAccount existingMember,
                           MemberAlipayVerification memberVerification) {
    }

    public static WebServer start(int port, Services services) {
        Javalin javalin = Javalin.create(config -> configure(config, services)).start(port);
        return new WebServer(javalin);
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }

    private static void configure(JavalinConfig config, Services services) {
        config.startup.showJavalinBanner = false;
        config.http.maxRequestSize = 64 * 1024;
        config.staticFiles.add(files -> {
            files.hostedPath = "/assets";
            files.directory = "/static";
            files.location = Location.CLASSPATH;
        });
        PageFlow flow = new PageFlow(new Pages());
        journeyRoutes(config, services, flow);
        alipayRoutes(config, services, flow);
        alipayAccountRoutes(config, services, flow);
        memberRegistrationRoutes(config, services, flow);
        memberVerificationRoutes(config, services, flow);
        handleErrors(config);
    }

    private static void journeyRoutes(JavalinConfig config, Services services, PageFlow flow) {
        JourneyApi api = new JourneyApi(services.journeys());
        JourneyPages pages = new JourneyPages(services.journeys(), flow);
        config.routes.get("/", ctx -> ctx.redirect("/en/"));
        config.routes.get("/{lang}/", pages::home);
        config.routes.post("/{lang}/journeys", pages::start);
        config.routes.get(PAGE, pages::progress);
        config.routes.post("/api/v1/journeys", api::start);
        config.routes.get(JOURNEY, api::show);
    }

    private static void alipayRoutes(JavalinConfig config, Services services, PageFlow flow) {
        AlipayCodeApi api = new AlipayCodeApi(services.alipay());
        AlipayCodePages pages = new AlipayCodePages(services.alipay(), services.journeys(), flow);
        config.routes.post(JOURNEY + "/alipay/verification-codes", api::requestCode);
        config.routes.post(JOURNEY + "/alipay/verification-codes/checks", api::checkCode);
        config.routes.get(PAGE + "/alipay/verification-codes", pages::show);
        config.routes.get(PAGE + "/alipay/verification-codes/checks", pages::show);
        config.routes.post(PAGE + "/alipay/verification-codes", pages::requestCode);
        config.routes.post(PAGE + "/alipay/verification-codes/checks", pages::checkCode);
    }

    private static void alipayAccountRoutes(JavalinConfig config, Services services, PageFlow flow) {
        AlipayAccountApi api = new AlipayAccountApi(services.alipayCompletion());
        AlipayAccountPages pages = new AlipayAccountPages(services.alipayCompletion(), services.journeys(), flow);
        config.routes.post(JOURNEY + "/alipay/identity", api::verifyIdentity);
        config.routes.post(JOURNEY + "/alipay/address", api::registerAddress);
        config.routes.post(JOURNEY + "/alipay/personal-details", api::completePersonalDetails);
        config.routes.get(PAGE + "/alipay/identity", pages.show(AlipayAccountPages.IDENTITY));
        config.routes.get(PAGE + "/alipay/address", pages.show(AlipayAccountPages.ADDRESS));
        config.routes.get(PAGE + "/alipay/personal-details", pages.show(AlipayAccountPages.DETAILS));
        config.routes.post(PAGE + "/alipay/identity", pages::verifyIdentity);
        config.routes.post(PAGE + "/alipay/address", pages::registerAddress);
        config.routes.post(PAGE + "/alipay/personal-details", pages::completePersonalDetails);
    }

    private static void memberRegistrationRoutes(JavalinConfig config, Services services, PageFlow flow) {
        MemberRegistrationApi api = new MemberRegistrationApi(services.memberOpening());
        MemberRegistrationPages pages = new MemberRegistrationPages(services.memberOpening(), services.journeys(), flow);
        config.routes.post(JOURNEY + "/1688/registration", api::register);
        config.routes.post(JOURNEY + "/1688/registration/resend", api::resendCode);
        config.routes.post(JOURNEY + "/1688/registration/code-checks", api::checkCode);
        config.routes.get(PAGE + "/1688/registration", pages::showForm);
        config.routes.post(PAGE + "/1688/registration", pages::register);
        config.routes.get(PAGE + "/1688/registration/resend", pages::showCode);
        config.routes.post(PAGE + "/1688/registration/resend", pages::resendCode);
        config.routes.get(PAGE + "/1688/registration/code-checks", pages::showCode);
        config.routes.post(PAGE + "/1688/registration/code-checks", pages::checkCode);
    }

    private static void memberVerificationRoutes(JavalinConfig config, Services services, PageFlow flow) {
        MemberVerificationApi api = new MemberVerificationApi(services.memberVerification(), services.existingMember());
        MemberVerificationPages pages = new MemberVerificationPages(services.memberVerification(), services.existingMember(),
                services.journeys(), flow);
        config.routes.post(JOURNEY + "/1688/alipay-verification", api::verify);
        config.routes.post(JOURNEY + "/1688/existing-account", api::linkExisting);
        config.routes.get(PAGE + "/1688/alipay-verification", pages::showVerification);
        config.routes.post(PAGE + "/1688/alipay-verification", pages::verify);
        config.routes.get(PAGE + "/1688/existing-account", pages::showExisting);
        config.routes.post(PAGE + "/1688/existing-account", pages::linkExisting);
    }

    private static void handleErrors(JavalinConfig config) {
        config.routes.exception(InvalidInput.class, (error, ctx) -> JsonReply.send(ctx, 400,
                JsonReply.refusal(400, "invalid-field", error.getMessage()).put("field", error.field()).put("rule", error.rule())));
        config.routes.exception(StepNotReady.class, (error, ctx) -> JsonReply.send(ctx, 409,
                JsonReply.refusal(409, "step-not-ready", error.getMessage()).put("missingStep", error.missing().id())));
        config.routes.exception(StepAlreadyDone.class, (error, ctx) -> JsonReply.send(ctx, 409,
                JsonReply.refusal(409, "step-already-done", error.getMessage()).put("doneStep", error.done().id())));
        config.routes.exception(JourneyNotFound.class, (error, ctx) -> JsonReply.send(ctx, 404,
                JsonReply.refusal(404, "journey-not-found", error.getMessage()).put("field", "journeyId").put("rule", "known-journey")));
        config.routes.exception(UnknownLanguage.class, (error, ctx) -> JsonReply.send(ctx, 404,
                JsonReply.refusal(404, "unknown-language", error.getMessage()).put("field", "lang").put("rule", "supported-language")));
        config.routes.exception(ProviderUnavailable.class, (error, ctx) -> {
            LOG.warn("provider unavailable on {} {}: {}", ctx.method(), ctx.path(), error.getMessage());
            JsonReply.send(ctx, 503, JsonReply.refusal(503, "provider-unavailable", error.getMessage()));
        });
        config.routes.error(404, WebServer::notFound);
    }

    private static void notFound(Context ctx) {
        if (ctx.result() == null || ctx.result().isEmpty()) {
            JsonReply.send(ctx, 404, JsonReply.refusal(404, "not-found", "no page or endpoint at " + ctx.path()));
        }
    }
}
