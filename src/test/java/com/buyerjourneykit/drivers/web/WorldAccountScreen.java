package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.WorldAccountReasonsDriver;
import java.util.List;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The World Account page's "Why do you need to link a World account?" (WFA-03), which only a page tells. */
final class WorldAccountScreen extends Screen implements WorldAccountReasonsDriver {
    static final Target WHY = Target.the("why a World Account is needed", "why");
    private final JourneyScreens screens;

    WorldAccountScreen(WebDriver browser, JourneyScreens screens) {
        super(browser);
        this.screens = screens;
    }

    @Override
    public String whyAWorldAccount(String journeyId) {
        screens.openStep(journeyId, "worldfirst/world-account");
        List<WebElement> why = browser.findElements(WHY.locator());
        return why.isEmpty() ? "" : why.get(0).getText();
    }
}
