package com.buyerjourneykit.drivers.web;

import java.util.Base64;
import java.util.HashMap;
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
 * beyond the window through the DevTools protocol, here or on a Grid node (GridChromium); a browser
 * without it (HtmlUnit) gives its window as PNG.
 */
final class FullPage {
    /** Chromium refuses (or takes seconds over) pictures taller than this; no guide page comes near it. */
    private static final int MOST_PIXELS_HIGH = 8000;

    private FullPage() {
    }

    static Optional<byte[]> capture(WebDriver browser, PictureFormat format, PageSize size) {
        if (browser instanceof HasCdp chromium) {
            try {
                return Optional.of(drawn(chromium, format, size));
            } catch (WebDriverException | ClassCastException | NullPointerException unexpectedAnswer) {
                // the window's picture below is still a picture of the step
            }
        }
        return browser instanceof TakesScreenshot window
                ? Optional.of(window.getScreenshotAs(OutputType.BYTES)) : Optional.empty();
    }

    /** Only a page taller than the window is drawn beyond it, which takes Chromium about twice as long. */
    private static byte[] drawn(HasCdp chromium, PictureFormat format, PageSize size) {
        Map<String, Object> parameters = new HashMap<>(format.parameters());
        if (size.tallerThanTheWindow()) {
            parameters.put("captureBeyondViewport", true);
            parameters.put("clip", clip(size));
        }
        Map<String, Object> shot = chromium.executeCdpCommand("Page.captureScreenshot", parameters);
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    private static Map<String, Object> clip(PageSize size) {
        Number height = Math.min(size.height().doubleValue(), MOST_PIXELS_HIGH);
        return Map.of("x", 0, "y", 0, "width", size.width(), "height", height, "scale", 1);
    }
}
