package com.buyerjourneykit.report.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checked-in catalogues say what the code does: regenerated in memory, they must equal the files.
 * {@code -Dbjk.catalogue.write=true} (what bin/catalogue runs) writes them instead.
 */
class CatalogueDriftTest {
    private final CheckedInCatalogue catalogue = new CheckedInCatalogue(Path.of(""), Catalogues.ALL);

    @Test
    void theCheckedInCataloguesMatchTheCode() {
        if (Boolean.getBoolean("bjk.catalogue.write")) {
            catalogue.write();
        }
        List<Path> stale = catalogue.stale();
        assertThat(stale).as("%s no longer match(es) the magic values and chosen rules in the code. Run %s "
                + "(or ./mvnw -o test -Dtest=CatalogueDriftTest -Dbjk.catalogue.write=true) and commit the result", stale,
                CheckedInCatalogue.REFRESH).isEmpty();
    }
}
