package com.buyerjourneykit.reference.providers;

import com.buyerjourneykit.reference.journey.InvalidInput;
import com.buyerjourneykit.reference.journey.ProviderUnavailable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One call through the 1688 AOP gateway: a signed form post to
 * {@code <base>/openapi/param2/1/<namespace>/<api>/<appKey>}. Answers the API's JSON
 * ({@code success, code, message, result}). A field the buyer typed that 1688 finds wrong becomes
 * an {@link InvalidInput} naming it; anything else 1688 refuses about our own request, or cannot
 * answer, is a {@link ProviderUnavailable}.
 */
public final class AopCall {
    public static final String CROSS_BORDER = "com.alibaba.fenxiao.crossborder";
    /** Orders, the cashier and the order export live in 1688's trade namespace. */
    public static final String TRADE = "com.alibaba.trade";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> BUYER_FIELDS = Set.of("accountType", "memberName", "password", "confirmPassword",
            "countryCode", "mobile", "agreeTerms", "agreePrivacy", "agreeAlipay", "businessLicence", "code");
    private final String baseUrl;
    private final AopApp app;
    private final ProviderHttp http;
    private final Clock clock;

    public AopCall(String baseUrl, AopApp app, ProviderHttp http, Clock clock) {
        this.baseUrl = baseUrl;
        this.app = app;
        this.http = http;
        this.clock = clock;
    }

    /** The 1688 open-platform app this client signs as. */
    public record AopApp(String key, String secret) {
        @Override
        public String toString() {
            return "AopApp[key=" + key + ", secret=******]";
        }
    }

    public JsonNode call(String api, Map<String, String> parameters) {
        return call(CROSS_BORDER, api, parameters);
    }

    /** An API of {@code namespace} ({@link #CROSS_BORDER}, {@link #TRADE}). */
    public JsonNode call(String namespace, String api, Map<String, String> parameters) {
        return call(namespace, api, parameters, Map.of());
    }

    /**
     * As {@link #call(String, String, Map)}; when 1688 finds one of {@code buyerFields} wrong (its
     * parameter name, such as {@code offerQueryParam.categoryId} → the buyer's field name), the buyer
     * hears it as bad input naming their field and 1688's rule.
     */
    public JsonNode call(String namespace, String api, Map<String, String> parameters, Map<String, String> buyerFields) {
        String urlPath = "param2/1/" + namespace + "/" + api + "/" + app.key();
        Map<String, String> signed = new LinkedHashMap<>(parameters);
        signed.put("_aop_timestamp", String.valueOf(clock.millis()));
        signed.put(AopSignature.PARAMETER, AopSignature.sign(app.secret(), urlPath, signed));
        ProviderHttp.Answer answer = http.postForm("1688", baseUrl + "/openapi/" + urlPath, form(signed));
        return read(api, answer, buyerFields);
    }

    public static boolean isSuccess(JsonNode answer) {
        return "SUCCESS".equals(answer.path("code").asText()) && answer.path("success").asBoolean(false);
    }

    private static JsonNode read(String api, ProviderHttp.Answer answer, Map<String, String> buyerFields) {
        JsonNode body = parse(answer.body());
        if (answer.status() == 200 && body.has("code")) {
            return body;
        }
        String field = body.path("field").asText();
        String buyerField = buyerFields.getOrDefault(field, BUYER_FIELDS.contains(field) ? field : null);
        if (answer.status() == 400 && "PARAM_ILLEGAL".equals(body.path("code").asText()) && buyerField != null) {
            throw new InvalidInput(buyerField, body.path("rule").asText(), body.path("message").asText());
        }
        throw new ProviderUnavailable("1688", api + " answered HTTP " + answer.status() + " "
                + body.path("error_code").asText(body.path("code").asText()));
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = JSON.readTree(body == null ? "" : body);
            if (node == null || !node.isObject()) {
                throw new ProviderUnavailable("1688", "answer is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ProviderUnavailable("1688", "answer is not JSON");
        }
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
