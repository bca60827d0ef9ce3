package com.buyerjourneykit.reference.store;

import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/** The reference app's database: H2 by default (a file, so journeys survive restarts), migrated by Flyway on start. */
public final class Database implements AutoCloseable {
    /**
     * H2 writes a file database's commits to disk from a background thread, by default up to 500 ms
     * after the commit returned: a {@code kill -9} in that window lost steps the app had already
     * confirmed (measured: every row committed just before the kill was gone). With no write delay
     * each commit is on disk before the statement returns, so before the 2xx is sent.
     */
    static final String COMMIT_BEFORE_RETURNING = ";WRITE_DELAY=0";
    private final JdbcConnectionPool pool;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    public static Database open(String jdbcUrl) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(durable(jdbcUrl), "sa", "");
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        return new Database(pool);
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
        pool.dispose();
    }
}
