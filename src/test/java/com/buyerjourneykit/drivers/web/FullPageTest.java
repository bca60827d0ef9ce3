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
        assertThat(FullPage.capture(chromium(), PictureFormat.JPEG, new PageSize(1085.0, 2400.0, 900))).contains(WHOLE);
        assertThat(captures).singleElement().satisfies(capture -> {
            assertThat(capture).containsEntry("captureBeyondViewport", true).containsEntry("format", "jpeg");
            assertThat(clip(capture)).containsEntry("height", 2400.0).containsEntry("width", 1085.0);
        });
    }

    @Test
    void aPageThatFitsTheWindowIsTheWindow() {
        assertThat(FullPage.capture(chromium(), PictureFormat.JPEG, new PageSize(1085.0, 900, 900))).contains(WINDOW);
        assertThat(captures).singleElement().satisfies(capture -> assertThat(capture).doesNotContainKeys("clip", "captureBeyondViewport"));
    }

    @Test
    void aPngIsAskedForWhenConfigured() {
        FullPage.capture(chromium(), PictureFormat.PNG, new PageSize(1085.0, 900, 900));
        assertThat(captures).singleElement().satisfies(capture -> assertThat(capture).containsEntry("format", "png"));
    }

    @Test
    void aBrowserWithoutDevToolsGivesItsWindow() {
        WebDriver remote = (WebDriver) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {WebDriver.class, TakesScreenshot.class}, (proxy, method, arguments) -> WINDOW);
        assertThat(FullPage.capture(remote, PictureFormat.JPEG, new PageSize(1085.0, 2400.0, 900))).contains(WINDOW);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> clip(Map<String, Object> capture) {
        return (Map<String, Object>) capture.get("clip");
    }

    @SuppressWarnings("unchecked")
    private WebDriver chromium() {
        return (WebDriver) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {WebDriver.class, TakesScreenshot.class, HasCdp.class}, (proxy, method, arguments) -> {
                    Map<String, Object> capture = (Map<String, Object>) arguments[1];
                    captures.add(capture);
                    return Map.of("data", Base64.getEncoder().encodeToString(capture.containsKey("clip") ? WHOLE : WINDOW));
                });
    }
}
