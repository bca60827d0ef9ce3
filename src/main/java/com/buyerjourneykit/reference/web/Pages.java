package com.buyerjourneykit.reference.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders the Thymeleaf pages under {@code templates/} (a section's in {@code templates/<section>/}) in the buyer's language. */
final class Pages {
    private final TemplateEngine engine = new TemplateEngine();
    private final BundleMessages messages;

    Pages(List<String> sectionBundles) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        messages = new BundleMessages(sectionBundles);
        engine.setMessageResolver(messages);
    }

    String message(Language language, String key) {
        return messages.text(language.locale(), key).orElseThrow(() -> new IllegalStateException("no message " + key));
    }

    void render(Context ctx, int status, Language language, String page, Map<String, Object> model) {
        org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(language.locale(), model);
        context.setVariable("lang", language.tag());
        context.setVariable(FormToken.MODEL, ctx.attribute(FormToken.MODEL));
        ctx.status(status).contentType("text/html; charset=utf-8").result(engine.process(page, context));
    }
}
