package com.buyerjourneykit.drivers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/** Chromium draws a page taller than the window beyond it; a short page, or a browser without DevTools, gives the window. */
class FullPageTest {
    private static final byte[] WINDOW = {1};
    private static final byte[] WHOLE = {2, 2};
    private final List<Map<String, Object>> captures = new ArrayList<>();

    @Test
    void aPageTallerThanTheWindowIsDrawnWhole() {
        assertThat(FullPage.capture(chromium(2400), PictureFormat.JPEG)).contains(WHOLE);
        assertThat(captures).singleElement().satisfies(capture -> {
            assertThat(capture).containsEntry("captureBeyondViewport", true).containsEntry("format", "jpeg");
            assertThat(clip(capture)).containsEntry("height", 2400.0).containsEntry("width", 1085.0);
        });
    }

    @Test
    void aPageThatFitsTheWindowIsTheWindow() {
        assertThat(FullPage.capture(chromium(900), PictureFormat.JPEG)).contains(WINDOW);
        assertThat(captures).singleElement().satisfies(capture -> assertThat(capture).doesNotContainKeys("clip", "captureBeyondViewport"));
    }

    @Test
    void aPngIsAskedForWhenConfigured() {
        FullPage.capture(chromium(900), PictureFormat.PNG);
        assertThat(captures).singleElement().satisfies(capture -> assertThat(capture).containsEntry("format", "png"));
    }

    @Test
    void aBrowserWithoutDevToolsGivesItsWindow() {
        WebDriver remote = (WebDriver) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {WebDriver.class, TakesScreenshot.class}, (proxy, method, arguments) -> WINDOW);
        assertThat(FullPage.capture(remote)).contains(WINDOW);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> clip(Map<String, Object> capture) {
        return (Map<String, Object>) capture.get("clip");
    }

    @SuppressWarnings("unchecked")
    private WebDriver chromium(int pageHeight) {
        return (WebDriver) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {WebDriver.class, TakesScreenshot.class, HasCdp.class}, (proxy, method, arguments) -> {
                    if ("Page.getLayoutMetrics".equals(arguments[0])) {
                        return Map.of("cssContentSize", Map.of("width", 1085.0, "height", pageHeight),
                                "cssLayoutViewport", Map.of("clientHeight", 900));
                    }
                    Map<String, Object> capture = (Map<String, Object>) arguments[1];
                    captures.add(capture);
                    return Map.of("data", Base64.getEncoder().encodeToString(capture.containsKey("clip") ? WHOLE : WINDOW));
                });
    }
}
