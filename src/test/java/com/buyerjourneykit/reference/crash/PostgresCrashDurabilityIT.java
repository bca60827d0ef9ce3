package com.buyerjourneykit.reference.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.containers.PostgresContainer;
import com.buyerjourneykit.reference.store.DatabaseSettings;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * The crash check on PostgreSQL in a container (fsync on, as in production): the app processes run on the
 * host and are killed; the database keeps running, as a database server would. Fails without Docker.
 */
class PostgresCrashDurabilityIT extends CrashDurabilityCheck {
    private static final PostgresContainer POSTGRES = new PostgresContainer().withDurableCommits();

    @BeforeAll
    static void startPostgres() {
        POSTGRES.start();
    }

    @AfterAll
    static void stopPostgres() {
        POSTGRES.stop();
    }

    /**
     * Fewer than on H2 (20), whose commits once reached disk late: PostgreSQL's commit is synchronous, and what
     * is checked here is that the app confirms only after it. Each cycle costs an app JVM start (about 9 s loaded).
     */
    @Override
    int cycles() {
        return Integer.getInteger("bjk.crash.cycles.postgres", 5);
    }

    @Override
    DatabaseSettings database() {
        return new DatabaseSettings(POSTGRES.getJdbcUrl(), POSTGRES.getUsername(), POSTGRES.getPassword());
    }

    /** Every app process got the password (in its environment); none of them may have written it anywhere. */
    @AfterEach
    void theDatabasePasswordIsNeverLogged() throws IOException {
        assertThat(Files.readString(log)).contains("Reference app listening").doesNotContain(POSTGRES.getPassword());
    }
}
