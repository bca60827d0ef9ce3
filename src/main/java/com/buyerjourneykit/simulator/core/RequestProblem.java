package com.buyerjourneykit.simulator.core;

/** Why the core refused a request before any provider read it: an HTTP status, the field and the rule. */
public record RequestProblem(int status, String field, String rule, String message) {

    static RequestProblem tooLarge(int limitBytes) {
        return new RequestProblem(413, "body", "max-size-" + limitBytes,
                "The request body must be at most " + limitBytes + " bytes");
    }

    static RequestProblem wrongContentType(String expected) {
        return new RequestProblem(415, "Content-Type", ruleFor(expected),
                "The request must be sent as " + expected);
    }

    /** A Content-Type naming a charset nobody knows ({@code charset=nonsense}): the body cannot be read at all. */
    public static RequestProblem unknownCharset() {
        return new RequestProblem(400, "Content-Type", "known-charset", "The Content-Type names a charset nobody knows: use UTF-8");
    }

    /** A form body with a broken escape ({@code %zz}), escaped bytes that are no UTF-8, or a charset nobody knows. */
    public static RequestProblem unreadableForm() {
        return new RequestProblem(400, "body", "form-urlencoded",
                "The body must be application/x-www-form-urlencoded: each % followed by two hex digits, escaping UTF-8 text");
    }

    private static String ruleFor(String mediaType) {
        return mediaType.substring(mediaType.indexOf('/') + 1).replace("x-www-", "");
    }
}
