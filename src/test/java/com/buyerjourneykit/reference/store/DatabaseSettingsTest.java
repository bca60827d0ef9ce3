package com.buyerjourneykit.reference.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.reference.ReferenceAppSettings;
import org.junit.jupiter.api.Test;

/** The database password is a secret: whatever prints the settings never shows it. */
class DatabaseSettingsTest {

    @Test
    void printingTheSettingsMasksThePassword() {
        DatabaseSettings database = new DatabaseSettings("jdbc:postgresql://db:5432/journeys", "bjk", "s3cret-pw");

        assertThat(database.toString()).contains("jdbc:postgresql://db:5432/journeys", "user=bjk").doesNotContain("s3cret-pw");
        assertThat(ReferenceAppSettings.forSimulator("http://localhost:8089").withDatabase(database).toString())
                .contains("user=bjk").doesNotContain("s3cret-pw");
    }

    @Test
    void aPasswordWrittenIntoTheUrlIsMaskedToo() {
        DatabaseSettings database = DatabaseSettings.embedded("jdbc:postgresql://db/journeys?user=bjk&password=s3cret-pw&ssl=true");

        assertThat(database.toString()).doesNotContain("s3cret-pw").contains("password=******&ssl=true");
    }

    @Test
    void anEmbeddedDatabaseUsesH2sOwnUserWithNoPassword() {
        assertThat(DatabaseSettings.embedded("jdbc:h2:mem:x")).isEqualTo(new DatabaseSettings("jdbc:h2:mem:x", "sa", ""));
    }
}
