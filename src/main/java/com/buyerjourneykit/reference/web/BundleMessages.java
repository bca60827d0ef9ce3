package com.buyerjourneykit.reference.web;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/** Page text from {@code i18n/messages_<lang>.properties}: one bundle per language, no text in templates. */
final class BundleMessages implements IMessageResolver {
    static final String BUNDLE = "i18n/messages";

    @Override
    public String getName() {
        return "bundle-messages";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, context.getLocale(), NoFallback.CONTROL).getString(key);
            return parameters == null || parameters.length == 0 ? pattern : new MessageFormat(pattern, context.getLocale()).format(parameters);
        } catch (MissingResourceException missing) {
            return null;
        }
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        return "??" + key + "_" + context.getLocale() + "??";
    }

    /** Never falls back to the JVM's default locale: a missing key must show, not hide behind English. */
    static final class NoFallback {
        static final ResourceBundle.Control CONTROL = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

        private NoFallback() {
        }
    }
}
