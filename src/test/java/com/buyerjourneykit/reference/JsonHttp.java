package com.buyerjourneykit.reference;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain HTTP for the reference app's tests: JSON posts, form posts, gets, and one text field of a JSON answer. */
public final class JsonHttp {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private JsonHttp() {
    }

    public static HttpResponse<String> postJson(String url, String body) {
        return call(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static HttpResponse<String> postForm(String url, String form) {
        return call(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /**
     * A form posted as a browser would: its page is opened first, which gives the browser its form
     * token (a cookie) and puts the same token in the form's hidden {@code _csrf} field.
     */
    static HttpResponse<String> postPageForm(String pageUrl, String form) {
        return postPageForm(pageUrl, pageUrl, form);
    }

    /** As {@link #postPageForm(String, String)}, for a form whose action is another URL than its page. */
    static HttpResponse<String> postPageForm(String pageUrl, String actionUrl, String form) {
        HttpResponse<String> page = get(pageUrl);
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("bjk_csrf="))
                .map(value -> value.split(";", 2)[0]).findFirst().orElseThrow(() -> new AssertionError("no form token cookie"));
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("no _csrf field on " + pageUrl);
        }
        return call(HttpRequest.newBuilder(URI.create(actionUrl)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + token.group(1))).build());
    }

    public static HttpResponse<String> get(String url) {
        return call(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    /** The first {@code "name":"value"} of a JSON text; fails the test when there is none. */
    public static String textField(String json, String name) {
        Matcher field = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!field.find()) {
            throw new AssertionError("no \"" + name + "\" in " + json);
        }
        return field.group(1);
    }

    public static HttpResponse<String> call(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
