package com.buyerjourneykit.simulator.store;

import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.store.DefaultStores;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.store.StubMappingStore;

/**
 * WireMock's own stores, but with two whose cost does not grow with their size on every request:
 * the stub mappings skip those whose URL cannot match before running WireMock's full matching,
 * and the request journal counts itself instead of walking its 1000 entries twice per request.
 * What matches, what is answered and what the journal holds are exactly as with the defaults.
 */
public final class SimulatorStores extends DefaultStores {
    private final StubMappingStore stubs = new UrlIndexedStubMappings();
    private final RequestJournalStore journal = new CountedRequestJournal();

    public SimulatorStores(FileSource fileRoot) {
        super(fileRoot);
    }

    @Override
    public StubMappingStore getStubStore() {
        return stubs;
    }

    @Override
    public RequestJournalStore getRequestJournalStore() {
        return journal;
    }
}
