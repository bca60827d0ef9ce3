package com.buyerjourneykit.drivers.web;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.PhoneInput;
import org.openqa.selenium.WebDriver;

/** "Register an Alipay Personal Account": country code, mobile number, "Send code". */
final class AlipayRegisterPage extends Screen {
    static final Target COUNTRY_CODE = Target.the("country code field", "country-code");
    static final Target MOBILE = Target.the("mobile number field", "mobile");
    static final Target SEND_CODE = Target.the("send code button", "send-code");

    AlipayRegisterPage(WebDriver browser) {
        super(browser);
    }

    AlipayRegisterPage open(String baseUrl, String language) {
        browser.get(baseUrl + "/" + language + "/alipay/register");
        return this;
    }

    Answer sendCode(PhoneInput phone) {
        type(COUNTRY_CODE, phone.countryCode());
        type(MOBILE, phone.mobile());
        click(SEND_CODE);
        return answer("code-sent");
    }
}
