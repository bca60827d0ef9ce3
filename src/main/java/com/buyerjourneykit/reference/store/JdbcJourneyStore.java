package com.buyerjourneykit.reference.store;

import com.buyerjourneykit.phone.MobileNumber;
import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.journey.JourneyStore;
import com.buyerjourneykit.reference.journey.StepStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** Journeys in SQL: one row per journey, one per finished step, one per fact a step kept (see {@link JdbcJourneyFacts}). */
public final class JdbcJourneyStore implements JourneyStore {
    private static final String JOURNEY_COLUMNS = "SELECT id, mobile_e164, country_code, mobile FROM journey WHERE ";
    private final DataSource dataSource;
    private final JdbcJourneyFacts facts;

    public JdbcJourneyStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.facts = new JdbcJourneyFacts(dataSource);
    }

    @Override
    public Journey create(String id, MobileNumber mobile, String countryCode, String nationalMobile) {
        update("INSERT INTO journey (id, mobile_e164, country_code, mobile, created_at) VALUES (?, ?, ?, ?, ?)",
                id, mobile.e164(), countryCode, nationalMobile, Timestamp.from(Instant.now()));
        return new Journey(id, mobile, countryCode, nationalMobile, Map.of());
    }

    @Override
    public Optional<Journey> find(String id) {
        return findWhere("id = ?", id);
    }

    @Override
    public Optional<Journey> findByMobile(MobileNumber mobile) {
        return findWhere("mobile_e164 = ?", mobile.e164());
    }

    @Override
    public void record(String journeyId, JourneyStep step, StepStatus status, String reference) {
        writeSteps(journeyId, Map.of(step.id(), new Journey.StepRecord(status, reference)));
    }

    @Override
    public void recordAll(String journeyId, Map<JourneyStep, Journey.StepRecord> steps) {
        Map<String, Journey.StepRecord> byId = new LinkedHashMap<>();
        steps.forEach((step, record) -> byId.put(step.id(), record));
        writeSteps(journeyId, byId);
    }

    @Override
    public Optional<Journey> findByStepReference(JourneyStep step, String reference) {
        return facts.journeyIdByStepReference(step.id(), reference).flatMap(this::find);
    }

    @Override
    public Optional<String> fact(String journeyId, String name) {
        return facts.fact(journeyId, name);
    }

    @Override
    public String recordFactOnce(String journeyId, String name, String value) {
        return facts.recordOnce(journeyId, name, value);
    }

    private void writeSteps(String journeyId, Map<String, Journey.StepRecord> steps) {
        try (Connection connection = dataSource.getConnection()) {
            StepRows.write(connection, journeyId, steps);
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    private Optional<Journey> findWhere(String condition, String value) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(JOURNEY_COLUMNS + condition)) {
            query.setString(1, value);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String id = row.getString("id");
                return Optional.of(new Journey(id, new MobileNumber(row.getString("mobile_e164")),
                        row.getString("country_code"), row.getString("mobile"), steps(connection, id)));
            }
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    /** Keyed by step id, as stored: which section declares a step is none of the store's business. */
    private static Map<String, Journey.StepRecord> steps(Connection connection, String journeyId) throws SQLException {
        Map<String, Journey.StepRecord> steps = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT step, status, reference FROM journey_step WHERE journey_id = ?")) {
            query.setString(1, journeyId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    steps.put(row.getString("step"), new Journey.StepRecord(
                            StepStatus.valueOf(row.getString("status").toUpperCase(Locale.ROOT)), row.getString("reference")));
                }
            }
        }
        return steps;
    }

    private void update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int index = 0; index < values.length; index++) {
            statement.setObject(index + 1, values[index]);
        }
    }
}
