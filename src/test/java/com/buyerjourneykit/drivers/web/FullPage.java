package com.buyerjourneykit.drivers.web;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chromium.HasCdp;

/**
 * A picture of the whole page, not just the window: a guide's page is often taller than 900
 * pixels, and a screen cut at the window's edge hides what the step was about. Chromium draws it
 * beyond the window through the DevTools protocol; a browser without it (a Grid node's
 * RemoteWebDriver, HtmlUnit) gives its window.
 */
final class FullPage {
    /** Chromium refuses (or takes seconds over) pictures taller than this; no guide page comes near it. */
    private static final int MOST_PIXELS_HIGH = 8000;

    private FullPage() {
    }

    static Optional<byte[]> capture(WebDriver browser) {
        if (browser instanceof HasCdp chromium) {
            try {
                Optional<byte[]> tall = tallPage(chromium);
                if (tall.isPresent()) {
                    return tall;
                }
            } catch (WebDriverException | ClassCastException | NullPointerException unexpectedAnswer) {
                // the window's picture below is still a picture of the step
            }
        }
        return browser instanceof TakesScreenshot window
                ? Optional.of(window.getScreenshotAs(OutputType.BYTES)) : Optional.empty();
    }

    /** Only a page taller than the window is drawn beyond it, which takes Chromium about twice as long. */
    private static Optional<byte[]> tallPage(HasCdp chromium) {
        Map<String, Object> metrics = chromium.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = map(metrics.get("cssContentSize"));
        Number height = (Number) size.get("height");
        Number window = (Number) map(metrics.get("cssLayoutViewport")).get("clientHeight");
        return height.doubleValue() <= window.doubleValue() ? Optional.empty()
                : Optional.of(wholePage(chromium, (Number) size.get("width"), height));
    }

    /** Sizes in CSS pixels, as Chromium gives them (fractions included). */
    private static byte[] wholePage(HasCdp chromium, Number width, Number contentHeight) {
        Number height = Math.min(contentHeight.doubleValue(), MOST_PIXELS_HIGH);
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
        Map<String, Object> shot = chromium.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object answer) {
        return (Map<String, Object>) answer;
    }
}
