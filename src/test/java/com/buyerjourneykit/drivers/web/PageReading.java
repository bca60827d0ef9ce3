package com.buyerjourneykit.drivers.web;

/**
 * What the harness reads off a reference page, as scripts that read it all in one round trip to the
 * browser: a WebDriver call costs 10-30 ms, and one element's attributes read one by one cost one call each.
 * Pairs ({@code [name, value]}) keep the page's order, which a script's object would not for names that are numbers.
 */
final class PageReading {
    /** The {@code data-*} attributes of an element, camelCased as {@code dataset} names them. */
    private static final String DATASET =
            "function bjkDataset(e) { var p = []; for (var k in e.dataset) { p.push([k, String(e.dataset[k])]); } return p; }\n";

    /** The generic facts, {@code <data data-testid="fact" data-name=… value=…>}, under a scope. */
    private static final String FACTS = "function bjkFacts(scope) { var p = [];"
            + " scope.querySelectorAll(\"" + Screen.FACT.css() + "\").forEach(function (f) {"
            + " p.push([f.getAttribute('data-name'), f.value != null ? String(f.value) : f.getAttribute('value')]); });"
            + " return p; }\n";

    /**
     * The answer a page shows: the first field error ({@code error: [field, rule]}), else the outcome banner's
     * {@code data-*} and its facts ({@code banner}, {@code bannerFacts}); and every fact on the page ({@code page}).
     */
    static final String ANSWER = DATASET + FACTS
            + "var page = bjkFacts(document.body);\n"
            + "var error = document.querySelector(\"" + Screen.FIELD_ERROR.css() + "\");\n"
            + "if (error) { return {error: [error.getAttribute('data-field'), error.getAttribute('data-rule')], page: page}; }\n"
            + "var banner = document.querySelector(\"" + Screen.OUTCOME.css() + "\");\n"
            + "if (!banner) { return {page: page}; }\n"
            + "return {banner: bjkDataset(banner), bannerFacts: bjkFacts(banner), page: page};";

    /** Each element the selector ({@code arguments[0]}) finds: the element and its {@code data-*} pairs. */
    static final String ROWS = DATASET
            + "var rows = [];\n"
            + "document.querySelectorAll(arguments[0]).forEach(function (e) { rows.push({element: e, data: bjkDataset(e)}); });\n"
            + "return rows;";

    private PageReading() {
    }
}
