package com.buyerjourneykit.reference.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The reference app's database: H2 by default (a file, so journeys survive restarts) or PostgreSQL, by the
 * JDBC URL; the same migrations ({@code db/migration}, portable SQL) run on either when the app starts.
 */
public final class Database implements AutoCloseable {
    /**
     * H2 writes a file database's commits to disk from a background thread, by default up to 500 ms
     * after the commit returned: a {@code kill -9} in that window lost steps the app had already
     * confirmed (measured: every row committed just before the kill was gone). With no write delay
     * each commit is on disk before the statement returns, so before the 2xx is sent.
     */
    static final String COMMIT_BEFORE_RETURNING = ";WRITE_DELAY=0";
    /** As many as the web server's busy threads could use on a small machine; a server database has room for several apps. */
    private static final int MAX_CONNECTIONS = 10;
    private final HikariDataSource pool;

    private Database(HikariDataSource pool) {
        this.pool = pool;
    }

    public static Database open(DatabaseSettings settings) {
        HikariDataSource pool = new HikariDataSource(poolOf(settings));
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool);
    }

    private static HikariConfig poolOf(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("journeys");
        config.setJdbcUrl(durable(settings.jdbcUrl()));
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        // Connections are opened as requests need them: an idle app (a restarted instance in the tests) holds one.
        config.setMinimumIdle(1);
        return config;
    }

    /** An H2 URL with commits written at once, unless it chose its own write delay; other databases are left alone. */
    static String durable(String jdbcUrl) {
        String url = jdbcUrl.toUpperCase(Locale.ROOT);
        boolean h2 = url.startsWith("JDBC:H2:") && !url.startsWith("JDBC:H2:MEM:");
        return h2 && !url.contains(";WRITE_DELAY=") ? jdbcUrl + COMMIT_BEFORE_RETURNING : jdbcUrl;
    }

    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }
}
