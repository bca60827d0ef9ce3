package com.buyerjourneykit.drivers.web;

import org.openqa.selenium.By;

/** A thing on a page, located by its stable {@code data-testid} and described for humans. */
record Target(String description, By locator) {

    static Target the(String description, String testId) {
        return new Target(description, By.cssSelector("[data-testid='" + testId + "']"));
    }

    @Override
    public String toString() {
        return description;
    }
}
