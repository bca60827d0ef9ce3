package com.buyerjourneykit.report;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A features/ folder as the guide names that section in the scenario's language, from the
 * reference app's own bundles: {@code 01-alipay-account} → "1. Создайте личный кабинет Alipay".
 * A section's title is the key {@code guide.<folder without its number>} in any bundle, the
 * shared one or the section's own; a number may carry a letter, as the guide's 4A and 4B do.
 */
public final class SectionTitles {
    private static final List<String> BUNDLES = MessageBundleNames.all();

    private SectionTitles() {
    }

    public static String of(String language, String folder) {
        String number = folder.replaceFirst("^0*(\\d+[a-z]?)-.*$", "$1");
        String key = number.equals("0") ? "journey.title" : "guide." + folder.replaceFirst("^\\d+[a-z]?-", "");
        return text(Locale.forLanguageTag(language), key)
                .map(title -> number.equals("0") ? "0. " + title : title)
                .orElse(folder.replaceFirst("^0*(\\d+[a-z]?)-", "$1 · ").replace('-', ' '));
    }

    private static Optional<String> text(Locale locale, String key) {
        for (String bundle : BUNDLES) {
            try {
                return Optional.of(ResourceBundle.getBundle(bundle, locale).getString(key));
            } catch (MissingResourceException notHere) {
                // the next bundle may hold it
            }
        }
        return Optional.empty();
    }
}
