package com.buyerjourneykit.simulator.store;

import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The request journal as WireMock keeps it in memory (newest first, trimmed to its size by
 * WireMock), but it knows its own size: WireMock counts the keys after every request to trim
 * the oldest, and asks whether an id is still there before storing the finished event; the
 * default store walked all its entries for both, so every request cost more as the journal filled.
 */
final class CountedRequestJournal implements RequestJournalStore {
    private final Deque<UUID> newestFirst = new ConcurrentLinkedDeque<>();
    private final Map<UUID, ServeEvent> events = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();

    @Override
    public void add(ServeEvent event) {
        events.put(event.getId(), event);
        newestFirst.addFirst(event.getId());
        size.incrementAndGet();
    }

    @Override
    public Stream<ServeEvent> getAll() {
        return newestFirst.stream().map(events::get).filter(Objects::nonNull);
    }

    /** Sized by the count, so that counting them ({@code getAllKeys().count()}) does not walk them. */
    @Override
    public Stream<UUID> getAllKeys() {
        int count = Math.max(0, size.get());
        return StreamSupport.stream(Spliterators.spliterator(newestFirst.iterator(), count, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public void removeLast() {
        UUID oldest = newestFirst.pollLast();
        if (oldest != null) {
            size.decrementAndGet();
            events.remove(oldest);
        }
    }

    @Override
    public Optional<ServeEvent> get(UUID id) {
        return Optional.ofNullable(events.get(id));
    }

    /** Updates an event still in the journal (its answer once sent); one trimmed meanwhile stays out. */
    @Override
    public void put(UUID id, ServeEvent event) {
        events.replace(id, event);
    }

    @Override
    public void remove(UUID id) {
        if (newestFirst.remove(id)) {
            size.decrementAndGet();
        }
        events.remove(id);
    }

    @Override
    public void clear() {
        newestFirst.clear();
        events.clear();
        size.set(0);
    }
}
