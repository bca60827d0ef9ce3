package com.buyerjourneykit.simulator;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.buyerjourneykit.simulator.core.RequestProblem;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * WireMock reads every body in its declared charset and decodes every form body with Jetty before
 * any extension sees it; a charset nobody knows ({@code charset=nonsense}) or a form it cannot decode
 * (a broken escape such as {@code %zz}, escaped bytes that are no UTF-8) became WireMock's own HTTP
 * 500. This guard looks first and answers such requests with the provider's own 400 (naming
 * {@code Content-Type}/{@code known-charset} or {@code body}/{@code form-urlencoded}); every other
 * request passes on untouched.
 */
final class FormBodyGuard implements Filter {
    private static final String FORM = "application/x-www-form-urlencoded";
    private final BiFunction<String, RequestProblem, ResponseDefinition> unreadable;

    FormBodyGuard(BiFunction<String, RequestProblem, ResponseDefinition> unreadable) {
        this.unreadable = unreadable;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!FormEncoding.isKnownCharset(http.getCharacterEncoding())) {
            write(unreadable.apply(http.getRequestURI(), RequestProblem.unknownCharset()), (HttpServletResponse) response);
            return;
        }
        String type = http.getContentType();
        if (type == null || !type.contains(FORM)) {
            chain.doFilter(request, response);
            return;
        }
        ReplayedBody replayed = new ReplayedBody(http);
        if (FormEncoding.decodes(replayed.body(), http.getCharacterEncoding())) {
            chain.doFilter(replayed, response);
        } else {
            write(unreadable.apply(http.getRequestURI(), RequestProblem.unreadableForm()), (HttpServletResponse) response);
        }
    }

    private static void write(ResponseDefinition answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.getStatus());
        for (HttpHeader header : answer.getHeaders().all()) {
            response.setHeader(header.key(), header.firstValue());
        }
        response.getOutputStream().write(answer.getBody().getBytes(StandardCharsets.UTF_8));
    }
}
