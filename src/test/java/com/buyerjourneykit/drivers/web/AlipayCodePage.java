package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.PhoneInput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.WebDriver;

/** "Enter code for account verification": the code field, "Confirm" and "Resend". */
final class AlipayCodePage extends Screen {
    static final Target CODE = Target.the("code field", "code");
    static final Target CONFIRM = Target.the("confirm button", "confirm");
    static final Target RESEND = Target.the("resend button", "resend");

    AlipayCodePage(WebDriver browser) {
        super(browser);
    }

    /** Opens the page for {@code phone} unless it is already showing its form for that number. */
    AlipayCodePage openFor(String baseUrl, String language, PhoneInput phone) {
        String url = baseUrl + "/" + language + "/alipay/code?countryCode=" + encode(phone.countryCode())
                + "&mobile=" + encode(phone.mobile());
        if (!isShowingFormFor(phone)) {
            browser.get(url);
        }
        return this;
    }

    Answer enter(String code) {
        type(CODE, code);
        click(CONFIRM);
        return answer("none");
    }

    Answer resend() {
        click(RESEND);
        return answer("none");
    }

    private boolean isShowingFormFor(PhoneInput phone) {
        String current = browser.getCurrentUrl();
        return current != null && current.contains("/alipay/code") && shows(CODE)
                && browser.getPageSource().contains("value=\"" + phone.mobile() + "\"");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
