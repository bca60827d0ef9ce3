package com.buyerjourneykit.report.catalogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the catalogues of magic values and chosen rules from the code. {@code docs}: the checked-in
 * docs/catalogue/*.md and the README's block (bin/catalogue); {@code html [dir]}: the report's page,
 * {@code reports/catalogue/index.html} by default (Maven, post-integration-test).
 */
public final class CatalogueGenerator {
    private CatalogueGenerator() {
    }

    public static void main(String[] args) throws IOException {
        String what = args.length == 0 ? "html" : args[0];
        if ("docs".equals(what)) {
            new CheckedInCatalogue(Path.of(""), Catalogues.ALL).write();
            System.out.println("Catalogue: docs/catalogue/*.md and the README's block written");
            return;
        }
        Path page = Path.of(args.length > 1 ? args[1] : "reports/catalogue").resolve("index.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, new HtmlCatalogue(Catalogues.ALL).page(), StandardCharsets.UTF_8);
        System.out.println("Catalogue: " + page + " written");
    }
}
