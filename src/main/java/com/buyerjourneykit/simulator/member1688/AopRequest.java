package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.core.FormFields;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A form post to {@code /1688/openapi/param2/1/{namespace}/{api}/{appKey}}. Reading a field that
 * is missing, repeated or too long throws {@link InvalidParameter} naming it.
 */
public final class AopRequest {
    private static final String PREFIX = "/1688/openapi/";
    static final int MAX_IDENTIFIER_LENGTH = 64;
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private final String urlPath;
    private final String appKey;
    private final FormFields form;

    private AopRequest(String urlPath, String appKey, FormFields form) {
        this.urlPath = urlPath;
        this.appKey = appKey;
        this.form = form;
    }

    static AopRequest of(String url, String body) {
        String path = url.split("\\?", 2)[0];
        String urlPath = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
        String appKey = urlPath.substring(urlPath.lastIndexOf('/') + 1);
        return new AopRequest(urlPath, appKey, FormFields.decode(body));
    }

    /** {@code param2/1/{namespace}/{api}/{appKey}}: what the signature covers before the parameters. */
    String urlPath() {
        return urlPath;
    }

    String appKey() {
        return appKey;
    }

    FormFields form() {
        return form;
    }

    public String text(String field) {
        return optionalText(field).orElseThrow(() -> InvalidParameter.missing(field));
    }

    /** The field's one value; absent and blank are both "not given". */
    public Optional<String> optionalText(String field) {
        List<String> values = form.valuesOf(field);
        if (values.size() > 1) {
            throw new InvalidParameter(field, "single-value", field + " must be sent once");
        }
        return values.stream().filter(value -> !value.isBlank()).findFirst();
    }

    /** An identifier we handed out (challengeId, registrationId, memberId): at most 64 characters. */
    public String identifier(String field) {
        String value = text(field);
        if (value.length() > MAX_IDENTIFIER_LENGTH) {
            throw new InvalidParameter(field, "max-length-64", field + " must be at most 64 characters");
        }
        return value;
    }

    int integer(String field) {
        String value = text(field).strip();
        if (!INTEGER.matcher(value).matches()) {
            throw new InvalidParameter(field, "integer", field + " must be a whole number such as 300");
        }
        return Integer.parseInt(value);
    }

    /** A consent checkbox: only the text {@code true} counts as agreed; absent means not ticked. */
    void requireTrue(String field) {
        if (optionalText(field).filter("true"::equals).isEmpty()) {
            throw new InvalidParameter(field, "must-be-true", field + " must be true: the buyer has to agree");
        }
    }
}
