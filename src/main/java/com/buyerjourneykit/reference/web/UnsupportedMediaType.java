package com.buyerjourneykit.reference.web;

/**
 * A REST body not declared {@code application/json}. Refused, not guessed: {@code text/plain} and
 * form posts are what any web page can send cross-site without asking, JSON is not.
 */
final class UnsupportedMediaType extends RuntimeException {
    UnsupportedMediaType(String declared) {
        super("the request body must be sent as application/json, not " + declared);
    }
}
