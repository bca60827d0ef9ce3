package com.buyerjourneykit.report;

import com.buyerjourneykit.reference.sections.GuideSections;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference app's message bundles: the shared {@code i18n/messages} and each registered
 * section's {@code i18n/<section>/messages}, as the app itself lists them, so a new section's
 * texts (its title in the report among them) need no registration here. Asking the app, not the
 * folder, also works when the app's classes come from its jar, as in the journey run.
 */
final class MessageBundleNames {
    private MessageBundleNames() {
    }

    static List<String> all() {
        List<String> names = new ArrayList<>(List.of("i18n/messages"));
        names.addAll(GuideSections.messageBundles());
        return names;
    }
}
