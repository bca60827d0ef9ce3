package com.buyerjourneykit.containers;

import java.time.Duration;
import java.util.UUID;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * PostgreSQL 15 for the reference app's journeys: {@code bjk/postgres:latest} from {@code docker/postgres}
 * (Debian's package on the local base, no registry), or {@code -Dbjk.postgres.image} / {@code BJK_POSTGRES_IMAGE}.
 * It takes the official image's settings, so Testcontainers' own PostgreSQL module drives it. Other containers
 * on its network reach it at {@link #networkJdbcUrl()}; the password is new for every container.
 */
public class PostgresContainer extends PostgreSQLContainer {
    public static final String NETWORK_ALIAS = "postgres";
    /** The official image logs this twice (a temporary server prepares the database first); this one once. */
    private static final String READY = ".*database system is ready to accept connections.*\\s";
    private final DockerImageName image;

    public PostgresContainer() {
        this(ContainerImages.named("bjk.postgres.image", "bjk/postgres:latest"));
    }

    public PostgresContainer(DockerImageName image) {
        super(image.asCompatibleSubstituteFor("postgres"));
        this.image = image;
        withNetworkAliases(NETWORK_ALIAS);
        withDatabaseName("journeys");
        withUsername("bjk");
        withPassword(UUID.randomUUID().toString());
        waitingFor(Wait.forLogMessage(READY, 1).withStartupTimeout(Duration.ofSeconds(60)));
    }

    /** Every commit flushed to disk as in production (Testcontainers turns fsync off for speed). */
    public PostgresContainer withDurableCommits() {
        setCommand("postgres");
        return this;
    }

    @Override
    public void start() {
        DockerRequired.check();
        DockerRequired.checkBuilt(image);
        super.start();
    }

    /** As seen from other containers on the same network. */
    public String networkJdbcUrl() {
        return "jdbc:postgresql://" + NETWORK_ALIAS + ":" + POSTGRESQL_PORT + "/" + getDatabaseName();
    }
}
