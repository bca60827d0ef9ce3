package com.buyerjourneykit.simulator.core;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request, so a red CI run can be read from its log:
 * {@code POST /alipay/gateway.do alipay.user.personal.register.sms.send 200 4ms buyer=+60 ••• ••• 789}.
 * Only method, path (no query), operation, status, time and the masked buyer are written: never
 * a body, so codes, passwords, tokens and signatures cannot reach the log.
 */
public final class RequestLog implements ServeEventListener {
    private static final Logger LOG = LoggerFactory.getLogger("com.buyerjourneykit.simulator.requests");
    private final ProviderGate gate;

    public RequestLog(ProviderGate gate) {
        this.gate = gate;
    }

    @Override
    public String getName() {
        return "simulator-request-log";
    }

    /** Before the answer leaves, so the line is written by the time the caller has it. */
    @Override
    public void beforeResponseSent(ServeEvent serveEvent, Parameters parameters) {
        if (!LOG.isInfoEnabled()) {
            return; // reading the operation and the buyer costs a parse of the body: only for a line that is written
        }
        LoggedRequest request = serveEvent.getRequest();
        ProviderRequests requests = gate.providerOf(request).map(SimulatedProvider::requests)
                .orElseGet(ProviderRequests::undeclared);
        ResponseDefinition answer = serveEvent.getResponseDefinition();
        write(request, pathOf(request.getUrl()), requests.operation(request).orElse("-"), answer.getStatus(),
                requests.buyer(request), faultOf(answer));
    }

    private static String faultOf(ResponseDefinition answer) {
        HttpHeaders headers = answer.getHeaders();
        HttpHeader fault = headers == null ? HttpHeader.absent(FaultKind.HEADER) : headers.getHeader(FaultKind.HEADER);
        return fault.isPresent() ? " fault=" + fault.firstValue() : "";
    }

    /** A control call's line; {@code path} has its parameters as {@code {phone}}, never their values. */
    static void control(LoggedRequest request, String path, int status, Buyer buyer) {
        write(request, path, "-", status, buyer, "");
    }

    private static void write(LoggedRequest request, String path, String operation, int status, Buyer buyer, String fault) {
        LOG.info("{} {} {} {} {}ms buyer={}{}", request.getMethod(), path, operation, status,
                millisSince(request.getLoggedDate()), buyer.shown(), fault);
    }

    static String pathOf(String url) {
        return url.split("\\?", 2)[0];
    }

    private static long millisSince(Date received) {
        return received == null ? 0 : Math.max(0, System.currentTimeMillis() - received.getTime());
    }
}
