package com.buyerjourneykit.badinput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every method of the simulated Alipay gateway, each with a biz_content it accepts for the prepared buyer. */
final class AlipayMethods {
    static final List<String> ALL = List.copyOf(buyerSteps(SimulatorUnderTest.ALIPAY_BUYER).keySet());

    private AlipayMethods() {
    }

    /** The methods in the order a buyer calls them, with their biz_content ("code" is filled in from the SMS). */
    static Map<String, Map<String, Object>> buyerSteps(String mobile) {
        Map<String, Map<String, Object>> steps = new LinkedHashMap<>();
        steps.put("alipay.user.personal.register.sms.send", buyer(mobile));
        steps.put("alipay.user.personal.register.sms.verify", with(buyer(mobile), "code", "000000"));
        steps.put("alipay.user.personal.identity.verify", with(buyer(mobile), "document_type", "PASSPORT",
                "document_number", "A12345678", "full_name", "Aminah Binti Ali", "nationality", "MY", "date_of_birth", "1990-04-12"));
        steps.put("alipay.user.personal.address.register", with(buyer(mobile), "country", "MY", "region", "Selangor",
                "city", "Shah Alam", "address_line", "12 Jalan Mawar", "postal_code", "40000"));
        steps.put("alipay.user.personal.profile.complete", with(buyer(mobile), "occupation", "Engineer", "email", "a@example.com"));
        steps.put("alipay.user.personal.account.query", buyer(mobile));
        return steps;
    }

    static List<Map.Entry<String, String>> form(String method, Map<String, Object> bizContent) {
        return List.of(Map.entry("method", method), Map.entry("biz_content", JsonText.object(new ArrayList<>(bizContent.entrySet()))));
    }

    private static Map<String, Object> buyer(String mobile) {
        return with(new LinkedHashMap<>(), "country_code", "+60", "mobile", mobile);
    }

    private static Map<String, Object> with(Map<String, Object> body, String... keysAndValues) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }
}
