package com.buyerjourneykit.reference.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The facts a journey keeps beyond its steps' references, each written once: inserting a name
 * that is there already changes nothing, and the first value is what every writer reads back.
 */
final class JdbcJourneyFacts {
    private static final String INTEGRITY_CONSTRAINT_VIOLATION = "23";
    private final DataSource dataSource;

    JdbcJourneyFacts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<String> fact(String journeyId, String name) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT fact_value FROM journey_fact WHERE journey_id = ? AND name = ?")) {
            query.setString(1, journeyId);
            query.setString(2, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    /** An insert, not a check and then an insert: of two racing writers the database lets one win. */
    String recordOnce(String journeyId, String name, String value) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO journey_fact (journey_id, name, fact_value, recorded_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, journeyId);
            insert.setString(2, name);
            insert.setString(3, value);
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            return value;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith(INTEGRITY_CONSTRAINT_VIOLATION)) {
                return fact(journeyId, name).orElseThrow(() -> new StoreFailure(e));
            }
            throw new StoreFailure(e);
        }
    }

    Optional<String> journeyIdByStepReference(String step, String reference) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT journey_id FROM journey_step WHERE step = ? AND reference = ?")) {
            query.setString(1, step);
            query.setString(2, reference);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }
}
