package com.buyerjourneykit.simulator.myinvois;

import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import java.util.List;
import java.util.Optional;

/** Query parameters read strictly: given twice is a {@code BadArgument}, never resolved by picking one. */
final class QueryParameters {
    private QueryParameters() {
    }

    static Optional<String> single(Request request, String name) {
        QueryParameter parameter = request.queryParameter(name);
        if (parameter == null || !parameter.isPresent()) {
            return Optional.empty();
        }
        List<String> values = parameter.values();
        if (values.size() > 1) {
            throw MyInvoisError.badArgument(name, name + " must be given once");
        }
        return Optional.of(values.get(0));
    }

    /** A whole number from 1 to {@code max}, {@code fallback} when absent. */
    static int wholeNumber(Request request, String name, int max, int fallback) {
        Optional<String> given = single(request, name);
        if (given.isEmpty()) {
            return fallback;
        }
        if (!given.get().matches("[1-9]\\d{0,5}") || Integer.parseInt(given.get()) > max) {
            throw MyInvoisError.badArgument(name, name + " must be a whole number from 1 to " + max);
        }
        return Integer.parseInt(given.get());
    }
}
