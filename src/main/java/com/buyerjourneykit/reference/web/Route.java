package com.buyerjourneykit.reference.web;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing a guide section offers, declared once; its REST route and its page pair are both made
 * from this declaration, so they cannot drift apart. A journey action answers
 * {@code POST /api/v1/journeys/{journeyId}/<path>} and {@code GET}/{@code POST /{lang}/journeys/{journeyId}/<path>};
 * a read-only page (help, contacts) answers {@code GET /api/v1/<path>} and {@code GET /{lang}/<path>};
 * a provider notification answers only {@code POST /api/v1/<path>}, in the provider's own format.
 */
public final class Route {
    private static final String API = "/api/v1/";
    private static final String JOURNEY = "journeys/{journeyId}/";
    private final boolean journeyAction;
    private final String path;
    private final String template;
    private final StepHandler handler;
    private NotificationHandler notificationHandler;
    private final Map<String, String> typedBack = new LinkedHashMap<>();
    private boolean needsBody = true;

    private Route(boolean journeyAction, String path, String template, StepHandler handler) {
        this.journeyAction = journeyAction;
        this.path = path;
        this.template = template;
        this.handler = handler;
    }

    /** A step of a journey: {@code path} such as {@code alipay/identity}, {@code template} such as {@code alipayaccount/alipay-identity}. */
    public static Route journeyAction(String path, String template, StepHandler handler) {
        return new Route(true, path, template, handler);
    }

    /** A page that only shows something, outside any journey: {@code path} such as {@code help}. */
    public static Route readOnly(String path, String template, StepHandler handler) {
        return new Route(false, path, template, handler);
    }

    /** A provider calling the app (a signed notification): no journey, no page, the provider's format both ways. */
    public static Route providerNotification(String path, NotificationHandler handler) {
        Route route = new Route(false, path, null, request -> {
            throw new IllegalStateException("a provider notification is answered by its NotificationHandler");
        });
        route.notificationHandler = handler;
        return route;
    }

    /** Fields the page shows again as typed, so a refused field is corrected rather than retyped (never passwords). */
    public Route typingBack(String... fields) {
        Arrays.stream(fields).forEach(field -> typedBack.put(field, ""));
        return this;
    }

    /** A field shown again as typed, preset to {@code firstVisit} on the empty form. */
    public Route typingBackPreset(String field, String firstVisit) {
        typedBack.put(field, firstVisit);
        return this;
    }

    /** The step needs nothing from the REST body: a POST without one is fine; one that is sent must still be a JSON object. */
    public Route needingNoBody() {
        needsBody = false;
        return this;
    }

    public String apiPath() {
        return API + (journeyAction ? JOURNEY : "") + path;
    }

    public String pagePath() {
        return "/{lang}/" + (journeyAction ? JOURNEY : "") + path;
    }

    public boolean isJourneyAction() {
        return journeyAction;
    }

    public boolean isProviderNotification() {
        return notificationHandler != null;
    }

    NotificationHandler notificationHandler() {
        return notificationHandler;
    }

    String template() {
        return template;
    }

    StepHandler handler() {
        return handler;
    }

    Map<String, String> typedBack() {
        return Collections.unmodifiableMap(typedBack);
    }

    boolean needsBody() {
        return needsBody && journeyAction;
    }
}
