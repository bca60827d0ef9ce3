package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.AlipayAccountDriver;
import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.PhoneInput;
import org.openqa.selenium.WebDriver;

/** Guide section 1 in the browser, on the reference pages in the scenario's language. */
final class WebAlipayAccountDriver implements AlipayAccountDriver {
    private final WebDriver browser;
    private final String baseUrl;
    private final String language;

    WebAlipayAccountDriver(WebDriver browser, String baseUrl, String language) {
        this.browser = browser;
        this.baseUrl = baseUrl;
        this.language = language;
    }

    @Override
    public Answer requestCode(PhoneInput phone) {
        return new AlipayRegisterPage(browser).open(baseUrl, language).sendCode(phone);
    }

    @Override
    public Answer requestNewCode(PhoneInput phone) {
        Answer answer = new AlipayCodePage(browser).openFor(baseUrl, language, phone).resend();
        return answer;
    }

    @Override
    public Answer enterCode(PhoneInput phone, String code) {
        return new AlipayCodePage(browser).openFor(baseUrl, language, phone).enter(code);
    }
}
