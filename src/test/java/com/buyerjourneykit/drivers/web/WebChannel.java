package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.AlipayCodeDriver;
import com.buyerjourneykit.drivers.AlipayProfileDriver;
import com.buyerjourneykit.drivers.CheckoutDriver;
import com.buyerjourneykit.drivers.CurrencyConversionDriver;
import com.buyerjourneykit.drivers.ChannelDrivers;
import com.buyerjourneykit.drivers.DriverRegistry;
import com.buyerjourneykit.drivers.Evidence;
import com.buyerjourneykit.drivers.HelpContactsDriver;
import com.buyerjourneykit.drivers.JourneyDriver;
import com.buyerjourneykit.drivers.MemberAccountDriver;
import com.buyerjourneykit.drivers.OrderDriver;
import com.buyerjourneykit.drivers.ProductSearchDriver;
import com.buyerjourneykit.drivers.MyOrdersDriver;
import com.buyerjourneykit.drivers.ReceivingAccountDriver;
import com.buyerjourneykit.drivers.SelfBilledInvoiceDriver;
import com.buyerjourneykit.drivers.WorldAccountDriver;
import com.buyerjourneykit.drivers.WorldAccountReasonsDriver;
import com.buyerjourneykit.drivers.WorldPayAuthorisationDriver;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.WebDriver;

/** The browser channel: the reference pages in the language the scenario is written in. One line per actor. */
public final class WebChannel implements ChannelDrivers, Evidence {
    private final WebDriver browser;
    private final DriverRegistry drivers;
    private final Screenshots screenshots;

    public WebChannel(String baseUrl, String language) {
        this.browser = Browsers.forThisThread();
        browser.manage().deleteAllCookies();
        this.screenshots = new Screenshots(browser);
        JourneyScreens screens = new JourneyScreens(browser, baseUrl, language);
        this.drivers = new DriverRegistry()
                .provide(JourneyDriver.class, () -> new WebJourneyDriver(screens))
                .provide(AlipayCodeDriver.class, () -> new WebAlipayCodeDriver(screens))
                .provide(AlipayProfileDriver.class, () -> new WebAlipayProfileDriver(screens))
                .provide(MemberAccountDriver.class, () -> new WebMemberAccountDriver(screens))
                .provide(HelpContactsDriver.class, () -> new HelpScreen(browser, baseUrl, language))
                .provide(WorldAccountDriver.class, () -> new WebWorldAccountDriver(screens))
                .provide(WorldAccountReasonsDriver.class, () -> new WorldAccountScreen(browser, screens))
                .provide(WorldPayAuthorisationDriver.class, () -> new WebWorldPayAuthorisationDriver(screens))
                .provide(ReceivingAccountDriver.class, () -> new WebReceivingAccountDriver(screens))
                .provide(CurrencyConversionDriver.class, () -> new WebCurrencyConversionDriver(screens))
                .provide(ProductSearchDriver.class, () -> new WebProductSearchDriver(screens, new CommercePages(browser, baseUrl, language)))
                .provide(OrderDriver.class, () -> new WebOrderDriver(screens))
                .provide(CheckoutDriver.class, () -> new CheckoutScreen(browser, new CommercePages(browser, baseUrl, language)))
                .provide(MyOrdersDriver.class, () -> new MyOrdersScreen(browser, screens, baseUrl, language))
                .provide(SelfBilledInvoiceDriver.class, () -> new WebSelfBilledInvoiceDriver(screens));
    }

    public static String browserDescription() {
        return Browsers.description();
    }

    @Override
    public String name() {
        return "web";
    }

    @Override
    public <T> Optional<T> driver(Class<T> actor) {
        return drivers.driver(actor);
    }

    @Override
    public Evidence evidence() {
        return this;
    }

    @Override
    public Optional<byte[]> screenshot() {
        return screenshots.current();
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
