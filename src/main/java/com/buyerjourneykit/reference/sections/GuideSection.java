package com.buyerjourneykit.reference.sections;

import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.web.Route;
import java.util.List;

/**
 * One section of the guide, in a package of its own ({@code sections/<name>/}), with its templates
 * in {@code templates/<name>/} and its texts in {@code i18n/<name>/messages_<lang>.properties}.
 * It is registered by one line in {@link GuideSections#ALL}.
 */
public interface GuideSection {

    /** The folder name of its package, templates and message bundle, e.g. {@code alipayaccount}. */
    String name();

    /** The journey steps it adds, in the guide's order; empty for a section that only shows pages. */
    List<JourneyStep> steps();

    /** Its routes, each declared once, with handlers built from the shared {@code context}. */
    List<Route> routes(SectionContext context);

    /** The page template {@code page} of this section, as a route names it. */
    default String template(String page) {
        return name() + "/" + page;
    }
}
