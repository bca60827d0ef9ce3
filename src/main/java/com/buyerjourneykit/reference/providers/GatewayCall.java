package com.buyerjourneykit.reference.providers;

import com.buyerjourneykit.reference.journey.InvalidInput;
import com.buyerjourneykit.reference.journey.ProviderUnavailable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** One Alipay gateway call: the common parameters, the form post, and the {@code <method>_response} unwrapped. */
public final class GatewayCall {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final String url;
    private final ProviderHttp http;

    public GatewayCall(String url, ProviderHttp http) {
        this.url = url;
        this.http = http;
    }

    public JsonNode call(String method, Map<String, String> bizContent) {
        return call(method, bizContent, Map.of());
    }

    /**
     * As {@link #call(String, Map)}; when Alipay refuses one of {@code buyerFields} (biz_content
     * name → the buyer's field name), the buyer hears it as bad input naming their field and Alipay's rule.
     */
    public JsonNode call(String method, Map<String, String> bizContent, Map<String, String> buyerFields) {
        ProviderHttp.Answer answer = http.postForm("Alipay", url, form(method, bizContent));
        JsonNode response = parse(answer.body()).path(method.replace('.', '_') + "_response");
        if (response.isMissingNode()) {
            throw new ProviderUnavailable("Alipay", "HTTP " + answer.status() + " without " + method + "_response");
        }
        if (answer.status() != 200) {
            throw refusal(answer.status(), response, buyerFields);
        }
        return response;
    }

    private static RuntimeException refusal(int status, JsonNode response, Map<String, String> buyerFields) {
        String buyerField = buyerFields.get(response.path("field").asText());
        if (status == 400 && buyerField != null) {
            return new InvalidInput(buyerField, response.path("rule").asText(), "Alipay: " + response.path("sub_msg").asText());
        }
        return new ProviderUnavailable("Alipay", "refused our own request: " + response.path("sub_msg").asText());
    }

    public static boolean isSuccess(JsonNode response) {
        return "10000".equals(response.path("code").asText());
    }

    public static int callingCodeLength(String e164) {
        try {
            int code = PhoneNumberUtil.getInstance().parse(e164, "ZZ").getCountryCode();
            return 1 + String.valueOf(code).length();
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("not an E.164 number", e);
        }
    }

    private static String form(String method, Map<String, String> bizContent) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("app_id", "buyer-journey-kit");
        parameters.put("method", method);
        parameters.put("format", "JSON");
        parameters.put("charset", "utf-8");
        parameters.put("sign_type", "RSA2");
        parameters.put("timestamp", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).format(TIMESTAMP));
        parameters.put("version", "1.0");
        parameters.put("biz_content", toJson(bizContent));
        return parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String toJson(Map<String, String> content) {
        try {
            return JSON.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new ProviderUnavailable("Alipay", "answer is not JSON");
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
