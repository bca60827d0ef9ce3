package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.AlipayAccountDriver;
import com.buyerjourneykit.drivers.ChannelDrivers;
import com.buyerjourneykit.drivers.Evidence;
import com.buyerjourneykit.drivers.JourneyDriver;
import com.buyerjourneykit.drivers.MemberAccountDriver;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** The browser channel: the reference pages in the language the scenario is written in. */
public final class WebChannel implements ChannelDrivers, Evidence {
    private final WebDriver browser;
    private final String baseUrl;
    private final String language;

    public WebChannel(String baseUrl, String language) {
        this.browser = Browsers.forThisThread();
        this.baseUrl = baseUrl;
        this.language = language;
        browser.manage().deleteAllCookies();
    }

    public static String browserDescription() {
        return Browsers.description();
    }

    @Override
    public String name() {
        return "web";
    }

    @Override
    public JourneyDriver journey() {
        return new WebJourneyDriver(screens());
    }

    @Override
    public AlipayAccountDriver alipayAccount() {
        return new WebAlipayAccountDriver(screens());
    }

    @Override
    public MemberAccountDriver memberAccount() {
        return new WebMemberAccountDriver(screens());
    }

    private JourneyScreens screens() {
        return new JourneyScreens(browser, baseUrl, language);
    }

    @Override
    public Evidence evidence() {
        return this;
    }

    @Override
    public Optional<byte[]> screenshot() {
        if (browser instanceof TakesScreenshot) {
            return Optional.of(((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        }
        return Optional.empty();
    }

    @Override
    public List<String> exchanges() {
        return List.of();
    }

    @Override
    public void close() {
        browser.get("about:blank");
    }
}
