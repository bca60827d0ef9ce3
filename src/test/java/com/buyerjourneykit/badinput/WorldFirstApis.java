package com.buyerjourneykit.badinput;

import java.util.LinkedHashMap;
import java.util.Map;

/** Every API of the simulated WorldFirst gateway ({@code /worldfirst/amsin/api/v1/…}), each with a body of the documented shape. */
final class WorldFirstApis {
    static final String API = "/amsin/api/v1/";

    private WorldFirstApis() {
    }

    static Map<String, Map<String, Object>> all(String worldAccountId) {
        Map<String, Map<String, Object>> apis = new LinkedHashMap<>();
        apis.put("worldAccount/sendVerificationCode", body("countryCode", "+60", "mobile", "120008002", "codeChannel", "MOBILE"));
        apis.put("worldAccount/register", body("countryOfBusiness", "MY", "firstName", "Aminah", "lastName", "Ali",
                "countryCode", "+60", "mobile", "120008002", "verificationCode", "000000", "password", "Abc12345!",
                "termsAccepted", true));
        apis.put("worldPay/authorise", body("worldAccountId", worldAccountId, "alibaba1688Id", "fuzz1688id",
                "agreementAccepted", true));
        apis.put("worldPay/authorise/resendCode", body("authorisationId", "auth-fuzz"));
        apis.put("worldPay/authorise/confirm", body("authorisationId", "auth-fuzz", "verificationCode", "000000"));
        apis.put("worldPay/inquiryLinked1688Accounts", body("worldAccountId", worldAccountId));
        apis.put("receivingAccount/preview", body("worldAccountId", worldAccountId, "currency", "SGD", "accountName", "Aminah Ali"));
        apis.put("receivingAccount/create", body("requestId", "fuzz-create-1", "worldAccountId", worldAccountId,
                "currency", "SGD", "accountName", "Aminah Ali"));
        apis.put("account/inquiryBalance", body("worldAccountId", worldAccountId));
        apis.put("fund/inquiryRate", body("sellCurrency", "SGD", "buyCurrency", "CNH"));
        apis.put("fund/createQuote", body("worldAccountId", worldAccountId, "sellCurrency", "SGD", "buyCurrency", "CNH",
                "sellAmount", body("currency", "SGD", "value", "1000")));
        apis.put("fund/applyQuote", body("requestId", "fuzz-apply-1", "worldAccountId", worldAccountId, "quoteId", "quote-fuzz"));
        apis.put("fund/inquiryConversion", body("worldAccountId", worldAccountId, "requestId", "fuzz-apply-1"));
        return apis;
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }
}
