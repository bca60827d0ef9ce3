package com.buyerjourneykit.simulator.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The journal holds what WireMock's in-memory one holds, newest first, and counts without walking. */
class CountedRequestJournalTest {
    private final CountedRequestJournal journal = new CountedRequestJournal();

    @Test
    void theOldestGoesFirstAndTheCountFollows() {
        ServeEvent first = added();
        ServeEvent second = added();
        assertThat(journal.getAllKeys().count()).isEqualTo(2);

        journal.removeLast();

        assertThat(journal.getAll()).containsExactly(second);
        assertThat(journal.getAllKeys().count()).isEqualTo(1);
        assertThat(journal.get(first.getId())).isEmpty();
    }

    @Test
    void anEventIsReplacedOnlyWhileItIsStillThere() {
        ServeEvent trimmed = added();
        ServeEvent kept = added();
        journal.removeLast();

        ServeEvent finished = event();
        journal.put(kept.getId(), finished);
        journal.put(trimmed.getId(), finished);

        assertThat(journal.get(kept.getId())).contains(finished);
        assertThat(journal.get(trimmed.getId())).isEmpty();
    }

    @Test
    void removingAndClearingKeepTheCountRight() {
        ServeEvent one = added();
        added();
        journal.remove(one.getId());
        journal.remove(UUID.randomUUID());
        assertThat(journal.getAllKeys().count()).isEqualTo(1);

        journal.clear();

        assertThat(journal.getAllKeys().count()).isZero();
        assertThat(journal.getAll()).isEmpty();
    }

    private ServeEvent added() {
        ServeEvent event = event();
        journal.add(event);
        return event;
    }

    private static ServeEvent event() {
        return ServeEvent.of(LoggedRequest.createFrom(new com.github.tomakehurst.wiremock.http.ImmutableRequest.Builder()
                .withMethod(com.github.tomakehurst.wiremock.http.RequestMethod.GET).withAbsoluteUrl("http://localhost/alipay/x").build()));
    }
}
