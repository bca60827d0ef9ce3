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
    private final List<Map<String, Object>> clips = new ArrayList<>();

    @Test
    void aPageTallerThanTheWindowIsDrawnWhole() {
        assertThat(FullPage.capture(chromium(2400))).contains(WHOLE);
        assertThat(clips).singleElement().satisfies(clip -> assertThat(clip).containsEntry("height", 2400.0).containsEntry("width", 1085.0));
    }

    @Test
    void aPageThatFitsTheWindowIsTheWindow() {
        assertThat(FullPage.capture(chromium(900))).contains(WINDOW);
        assertThat(clips).isEmpty();
    }

    @Test
    void aBrowserWithoutDevToolsGivesItsWindow() {
        WebDriver remote = (WebDriver) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {WebDriver.class, TakesScreenshot.class}, (proxy, method, arguments) -> WINDOW);
        assertThat(FullPage.capture(remote)).contains(WINDOW);
    }

    @SuppressWarnings("unchecked")
    private WebDriver chromium(int pageHeight) {
        return (WebDriver) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {WebDriver.class, TakesScreenshot.class, HasCdp.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getScreenshotAs")) {
                        return WINDOW;
                    }
                    if ("Page.getLayoutMetrics".equals(arguments[0])) {
                        return Map.of("cssContentSize", Map.of("width", 1085.0, "height", pageHeight),
                                "cssLayoutViewport", Map.of("clientHeight", 900));
                    }
                    clips.add((Map<String, Object>) ((Map<String, Object>) arguments[1]).get("clip"));
                    return Map.of("data", Base64.getEncoder().encodeToString(WHOLE));
                });
    }
}
