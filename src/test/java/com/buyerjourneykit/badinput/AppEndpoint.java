package com.buyerjourneykit.badinput;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One REST endpoint of the reference app as the contract writes it, a body it accepts, and the
 * prepared journey it is called on (so that its good answer stays the same however often it is sent).
 */
record AppEndpoint(String method, String path, Map<String, Object> valid, Journey journey) {
    private static final String JOURNEY_PREFIX = "/api/v1/journeys/{journeyId}/";

    /**
     * The prepared journeys: one whose Alipay account is complete, one waiting for its 1688 校验码, one
     * linking a member, one whose World Account is open with every step before the top-up done, one
     * signed in to 1688 with a verified member (sections 5 and on).
     */
    enum Journey { NONE, ALIPAY_DONE, REGISTERING, LINKING, WORLD_ACCOUNT_OPENED, SIGNED_IN_TO_1688 }

    String api(String journeyId) {
        return path.replace("{journeyId}", journeyId);
    }

    boolean isJourneyAction() {
        return path.startsWith(JOURNEY_PREFIX);
    }

    boolean readsBody() {
        return valid != null;
    }

    /** The page twin: {@code /{lang}/journeys/{journeyId}/<same path>}, {@code /{lang}/journeys}, {@code /{lang}/help}. */
    String page(String lang, String journeyId) {
        if (isJourneyAction()) {
            return "/" + lang + "/journeys/" + journeyId + "/" + path.substring(JOURNEY_PREFIX.length());
        }
        return "/" + lang + api(journeyId).substring("/api/v1".length());
    }

    /** The valid body as the page's form posts it: every value is text. */
    List<Map.Entry<String, String>> form() {
        List<Map.Entry<String, String>> form = new ArrayList<>();
        if (valid != null) {
            valid.forEach((key, value) -> form.add(Map.entry(key, String.valueOf(value))));
        }
        return form;
    }

    Map<String, Object> body() {
        return valid == null ? Map.of() : valid;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
