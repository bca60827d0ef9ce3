package com.buyerjourneykit.report;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A features/ folder as the guide names that section in the scenario's language, from the
 * reference app's own bundles: {@code 01-alipay-account} → "1. Создайте личный счет Alipay".
 */
final class SectionTitles {
    private static final String BUNDLE = "i18n/messages";

    private SectionTitles() {
    }

    static String of(String language, String folder) {
        String number = folder.replaceFirst("^0*(\\d+)-.*$", "$1");
        String key = number.equals("0") ? "journey.title" : "guide." + folder.replaceFirst("^\\d+-", "");
        try {
            String title = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language)).getString(key);
            return number.equals("0") ? "0. " + title : title;
        } catch (MissingResourceException unknown) {
            return folder.replaceFirst("^0*(\\d+)-", "$1 · ").replace('-', ' ');
        }
    }
}
