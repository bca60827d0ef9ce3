package com.buyerjourneykit.reference.store;

import com.buyerjourneykit.reference.journey.Journey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

/**
 * Writes finished steps, one row per (journey, step), replacing an older row of the same step. Plain
 * UPDATE, then INSERT where nothing was updated: the same SQL on H2 and PostgreSQL (H2's {@code MERGE … KEY}
 * is H2's alone, and standard {@code MERGE} needs PostgreSQL 15).
 */
final class StepRows {
    /** SQLSTATE of a unique-key violation, the same in H2 and PostgreSQL. */
    private static final String DUPLICATE_KEY = "23505";
    private static final String UPDATE = "UPDATE journey_step SET status = ?, reference = ?, updated_at = ?"
            + " WHERE journey_id = ? AND step = ?";
    private static final String INSERT = "INSERT INTO journey_step (status, reference, updated_at, journey_id, step)"
            + " VALUES (?, ?, ?, ?, ?)";

    private StepRows() {
    }

    /**
     * All of them in one transaction. A request for the same journey that inserted the same step first
     * (a double-clicked button) makes the INSERT a duplicate: the transaction is run once more, and then
     * updates that row.
     */
    static void write(Connection connection, String journeyId, Map<String, Journey.StepRecord> steps) throws SQLException {
        try {
            writeOnce(connection, journeyId, steps);
        } catch (SQLException e) {
            if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                throw e;
            }
            writeOnce(connection, journeyId, steps);
        }
    }

    private static void writeOnce(Connection connection, String journeyId, Map<String, Journey.StepRecord> steps)
            throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement update = connection.prepareStatement(UPDATE);
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            Timestamp now = Timestamp.from(Instant.now());
            for (Map.Entry<String, Journey.StepRecord> step : steps.entrySet()) {
                Object[] row = {step.getValue().status().name(), step.getValue().reference(), now, journeyId, step.getKey()};
                if (executed(update, row) == 0) {
                    executed(insert, row);
                }
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static int executed(PreparedStatement statement, Object[] values) throws SQLException {
        for (int index = 0; index < values.length; index++) {
            statement.setObject(index + 1, values[index]);
        }
        return statement.executeUpdate();
    }
}
