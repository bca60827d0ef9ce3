package com.buyerjourneykit.reference.web;

import io.javalin.http.Context;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders the Thymeleaf pages under {@code templates/} in the buyer's language. */
final class Pages {
    private final TemplateEngine engine = new TemplateEngine();

    Pages() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new BundleMessages());
    }

    String message(Language language, String key) {
        return java.util.ResourceBundle.getBundle(BundleMessages.BUNDLE, language.locale(), BundleMessages.NoFallback.CONTROL).getString(key);
    }

    void render(Context ctx, int status, Language language, String page, Map<String, Object> model) {
        org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(language.locale(), model);
        context.setVariable("lang", language.tag());
        context.setVariable("page", page);
        ctx.status(status).contentType("text/html; charset=utf-8").result(engine.process(page, context));
    }
}
