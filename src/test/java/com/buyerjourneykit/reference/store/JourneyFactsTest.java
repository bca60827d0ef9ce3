package com.buyerjourneykit.reference.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.phone.MobileNumber;
import com.buyerjourneykit.reference.journey.GuideStep;
import com.buyerjourneykit.reference.journey.JourneyStep;
import com.buyerjourneykit.reference.journey.StepStatus;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A journey's facts are written once: the first value stays, also when writers race; a step's reference finds its journey. */
class JourneyFactsTest {
    private static final JourneyStep WORLD_ACCOUNT = JourneyStep.of("world-account", GuideStep.WORLD_ACCOUNT, "worldfirst/world-account");
    private final Database database = Database.open(DatabaseSettings.embedded("jdbc:h2:mem:journey-facts-test;DB_CLOSE_DELAY=-1"));
    private final JdbcJourneyStore store = new JdbcJourneyStore(database.dataSource());

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theFirstValueStays() {
        store.create("j-1", new MobileNumber("+60123456001"), "+60", "123456001");
        assertThat(store.fact("j-1", "conversion/key")).isEmpty();
        assertThat(store.recordFactOnce("j-1", "conversion/key", "first")).isEqualTo("first");
        assertThat(store.recordFactOnce("j-1", "conversion/key", "second")).isEqualTo("first");
        assertThat(store.fact("j-1", "conversion/key")).contains("first");
    }

    @Test
    void ofRacingWritersOneWinsAndAllReadItsValue() {
        store.create("j-2", new MobileNumber("+60123456002"), "+60", "123456002");
        Set<String> kept = ConcurrentHashMap.newKeySet();
        List<Integer> writers = IntStream.range(0, 8).boxed().toList();
        writers.parallelStream().forEach(writer -> kept.add(store.recordFactOnce("j-2", "conversion/race", "writer-" + writer)));
        assertThat(kept).hasSize(1);
    }

    @Test
    void aStepsReferenceFindsItsJourney() {
        store.create("j-3", new MobileNumber("+60123456003"), "+60", "123456003");
        store.record("j-3", WORLD_ACCOUNT, StepStatus.DONE, "wfa-123");
        assertThat(store.findByStepReference(WORLD_ACCOUNT, "wfa-123")).hasValueSatisfying(journey -> assertThat(journey.id()).isEqualTo("j-3"));
        assertThat(store.findByStepReference(WORLD_ACCOUNT, "wfa-other")).isEmpty();
    }
}
