package com.buyerjourneykit.simulator.store;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.RequestMatcherExtension;
import com.github.tomakehurst.wiremock.store.InMemoryStubMappingStore;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.SubEvent;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * WireMock's in-memory mappings, in WireMock's order, matched by WireMock; only a mapping whose
 * URL cannot match (its literal prefix, see {@link UrlPrefix}, is not how the request's URL starts)
 * is passed over without building its full match result. With 50 mappings across four providers,
 * that full result for every mapping ahead of the right one was the simulator's largest own cost.
 */
final class UrlIndexedStubMappings extends InMemoryStubMappingStore {
    private final UrlPrefix prefixes = new UrlPrefix();

    @Override
    public Stream<StubMapping> findAllMatchingRequest(Request request, Map<String, RequestMatcherExtension> customMatchers,
            Consumer<SubEvent> subEvents) {
        String url = request.getUrl();
        return getAll()
                .filter(mapping -> prefixes.mayMatch(mapping.getRequest(), url))
                .map(mapping -> Map.entry(mapping, mapping.getRequest().match(request, customMatchers)))
                .peek(matched -> matched.getValue().getSubEvents().forEach(subEvents))
                .filter(matched -> matched.getValue().isExactMatch())
                .map(Map.Entry::getKey);
    }
}
