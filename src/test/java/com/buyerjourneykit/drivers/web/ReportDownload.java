package com.buyerjourneykit.drivers.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The file behind the page's {@code data-testid="download"} link, as the buyer would save it: a
 * {@code data:} link is decoded; a link to the app is fetched with the browser's cookies (the
 * pages allow no script, so the page itself cannot fetch it, and a browser download leaves the
 * file where the test cannot see it).
 */
final class ReportDownload {
    static final Target DOWNLOAD = Target.the("the report as a download", "download");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final WebDriver browser;

    ReportDownload(WebDriver browser) {
        this.browser = browser;
    }

    /** The downloaded text, or empty when the page offers no download. */
    Optional<String> content() {
        List<WebElement> links = browser.findElements(DOWNLOAD.locator());
        if (links.isEmpty()) {
            return Optional.empty();
        }
        String href = links.get(0).getAttribute("href");
        return Optional.of(href.startsWith("data:") ? decoded(href) : fetched(href));
    }

    private static String decoded(String dataUrl) {
        int comma = dataUrl.indexOf(',');
        String data = dataUrl.substring(comma + 1);
        if (dataUrl.substring(0, comma).endsWith(";base64")) {
            return new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8);
        }
        return URLDecoder.decode(data.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private String fetched(String href) {
        String cookies = browser.manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(href)).timeout(Duration.ofSeconds(10)).GET();
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the report's download answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("the report's download failed: " + href, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
