package com.buyerjourneykit.reference.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/** The reference app's database: H2 by default (a file, so journeys survive restarts), migrated by Flyway on start. */
public final class Database implements AutoCloseable {
    private final JdbcConnectionPool pool;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    public static Database open(String jdbcUrl) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl, "sa", "");
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        return new Database(pool);
    }

    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
