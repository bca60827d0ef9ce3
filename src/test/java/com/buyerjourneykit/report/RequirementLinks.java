package com.buyerjourneykit.report;

import io.qameta.allure.model.Link;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario's requirements in its own language: each a link named by its ID and the start of
 * its text, and all of them in full in the description, under the catalogue's title.
 */
final class RequirementLinks {
    private static final int NAME_LENGTH = 90;

    private RequirementLinks() {
    }

    static Link of(String language, String id) {
        return new Link().setType("tms").setName(id + " · " + shortened(Inline.plain(RequirementCatalogue.text(language, id))))
                .setUrl(RequirementCatalogue.link(language, id));
    }

    /** Markdown, which Allure renders: the catalogue's title links to its page, each ID to its requirement. */
    static String description(String language, List<String> requirements) {
        String title = "[" + RequirementCatalogue.title(language) + "](" + RequirementCatalogue.page(language) + ")\n\n";
        return requirements.stream()
                .map(id -> "**[" + id + "](" + RequirementCatalogue.link(language, id) + ")** " + RequirementCatalogue.text(language, id))
                .collect(Collectors.joining("\n\n", title, ""));
    }

    /**
     * The same as HTML, which the report shows as it is: Allure renders Markdown only where no HTML
     * is given, and drops HTML inside Markdown, so a description that adds a picture (FinalScreen) is HTML.
     */
    static String html(String language, List<String> requirements) {
        String title = "<p><a href=\"" + Inline.escape(RequirementCatalogue.page(language)) + "\">"
                + Inline.html(RequirementCatalogue.title(language)) + "</a></p>\n";
        return requirements.stream()
                .map(id -> "<p><strong><a href=\"" + Inline.escape(RequirementCatalogue.link(language, id)) + "\">" + id
                        + "</a></strong> " + Inline.html(RequirementCatalogue.text(language, id)) + "</p>")
                .collect(Collectors.joining("\n", title, "\n"));
    }

    private static String shortened(String text) {
        return text.length() <= NAME_LENGTH ? text : text.substring(0, NAME_LENGTH - 1).stripTrailing() + "…";
    }
}
