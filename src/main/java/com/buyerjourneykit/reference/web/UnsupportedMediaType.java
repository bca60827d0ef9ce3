package com.buyerjourneykit.reference.web;

/**
 * A body not declared as the type its route reads: REST takes {@code application/json}, pages
 * take their forms' {@code application/x-www-form-urlencoded}. Refused, not guessed: {@code text/plain}
 * and form posts are what any web page can send cross-site without asking, JSON is not; and a page
 * post in another encoding (multipart) could not be read at all.
 */
final class UnsupportedMediaType extends RuntimeException {
    private final String expected;

    UnsupportedMediaType(String expected, String declared) {
        super("the request body must be sent as " + expected + ", not " + declared);
        this.expected = expected;
    }

    /** The media type the route reads, which is the rule the refusal names. */
    String expected() {
        return expected;
    }
}
