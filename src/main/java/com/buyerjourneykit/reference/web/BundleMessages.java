package com.buyerjourneykit.reference.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * Page text from the message bundles: the shared one ({@code i18n/messages_<lang>.properties}) and
 * one per guide section ({@code i18n/<section>/messages_<lang>.properties}). A key lives in exactly
 * one bundle (MessageBundlesTest), so looking through them in turn finds the one text there is.
 */
final class BundleMessages implements IMessageResolver {
    static final String SHARED = "i18n/messages";
    private final List<String> bundles;

    /** {@code sectionBundles}: base names such as {@code i18n/alipayaccount/messages}. */
    BundleMessages(List<String> sectionBundles) {
        this.bundles = Stream.concat(Stream.of(SHARED), sectionBundles.stream()).toList();
    }

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
        return text(context.getLocale(), key)
                .map(pattern -> parameters == null || parameters.length == 0 ? pattern
                        : new MessageFormat(pattern, context.getLocale()).format(parameters))
                .orElse(null);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        return "??" + key + "_" + context.getLocale() + "??";
    }

    /** Never falls back to the JVM's default locale: a missing key must show, not hide behind English. */
    Optional<String> text(Locale locale, String key) {
        for (String bundle : bundles) {
            try {
                return Optional.of(ResourceBundle.getBundle(bundle, locale, NoFallback.CONTROL).getString(key));
            } catch (MissingResourceException missing) {
                // the next bundle may have it
            }
        }
        return Optional.empty();
    }

    private static final class NoFallback {
        static final ResourceBundle.Control CONTROL =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

        private NoFallback() {
        }
    }
}
