package com.buyerjourneykit.simulator.core;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.Optional;

/**
 * What every provider call passes before its provider sees it: the body size limit, the media
 * type the provider's gateway takes, and faults on demand. Whatever stops a call here stops it
 * before anything is stored or sent, so a retry finds everything as it was.
 */
public final class ProviderGate implements StubRequestFilterV2 {
    /** 64 KiB: far above any real call (a registration form is under 1 KiB), far below harm. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    private final List<SimulatedProvider> providers;
    private final Faults faults;

    public ProviderGate(List<SimulatedProvider> providers, Faults faults) {
        this.providers = List.copyOf(providers);
        this.faults = faults;
    }

    @Override
    public String getName() {
        return "simulator-provider-gate";
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        return providerOf(request)
                .flatMap(provider -> stopped(provider, request))
                .orElseGet(() -> RequestFilterAction.continueWith(request));
    }

    /** The provider whose path prefix ({@code /alipay/…}) the request is under. */
    Optional<SimulatedProvider> providerOf(Request request) {
        String url = request.getUrl();
        return providers.stream().filter(provider -> url.startsWith("/" + provider.name() + "/")).findFirst();
    }

    private Optional<RequestFilterAction> stopped(SimulatedProvider provider, Request request) {
        ProviderRequests requests = provider.requests();
        return problemWith(request, requests.contentType())
                .map(problem -> RequestFilterAction.stopWith(requests.refusal(problem)))
                .or(() -> faultFor(provider, request));
    }

    private static Optional<RequestProblem> problemWith(Request request, String contentType) {
        if (BodySize.exceedsLimit(request)) {
            return Optional.of(RequestProblem.tooLarge(MAX_BODY_BYTES));
        }
        if (RequestMethod.POST.equals(request.getMethod()) && !contentType.isEmpty()
                && !contentType.equalsIgnoreCase(mediaTypeOf(request))) {
            return Optional.of(RequestProblem.wrongContentType(contentType));
        }
        return Optional.empty();
    }

    private Optional<RequestFilterAction> faultFor(SimulatedProvider provider, Request request) {
        if (faults.noneArmed()) {
            return Optional.empty();
        }
        ProviderRequests requests = provider.requests();
        return requests.operation(request)
                .flatMap(operation -> faults.take(provider.name(), operation, () -> requests.buyer(request)))
                .map(fault -> RequestFilterAction.stopWith(fault.kind().answer(fault.delay())));
    }

    private static String mediaTypeOf(Request request) {
        String declared = request.getHeader("Content-Type");
        return declared == null ? "" : declared.split(";", 2)[0].strip();
    }
}
