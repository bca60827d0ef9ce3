package com.buyerjourneykit.drivers.web;

import org.openqa.selenium.By;

/** A thing on a page, located by its stable {@code data-testid} and described for humans. */
record Target(String description, String css) {

    static Target the(String description, String testId) {
        return new Target(description, "[data-testid='" + testId + "']");
    }

    By locator() {
        return By.cssSelector(css);
    }

    @Override
    public String toString() {
        return description;
    }
}
