package com.buyerjourneykit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the catalogue as {@code <lang>.html} pages. The build copies them into
 * {@code reports/allure-report/requirements/} after Allure has written the report (which empties
 * that folder first), so the report's relative requirement links find them when it is served.
 */
final class CatalogueSite {
    private CatalogueSite() {
    }

    static void write(Path folder) {
        try {
            Files.createDirectories(folder);
            for (CatalogueFile catalogue : RequirementCatalogue.languages()) {
                Files.writeString(folder.resolve(catalogue.language() + ".html"), CataloguePage.html(catalogue), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
