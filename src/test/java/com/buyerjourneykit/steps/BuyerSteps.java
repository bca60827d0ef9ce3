package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.BuyersDsl;
import io.cucumber.java.en.Given;
import io.cucumber.java.ru.Дано;
import io.cucumber.java.tr.Diyelimki;
import io.cucumber.java.zh_cn.假如;

/** The scenario's buyer: a fresh mobile number, or one on a magic SMS range of the simulator. */
public class BuyerSteps {
    private final BuyersDsl buyers;

    public BuyerSteps(BuyersDsl buyers) {
        this.buyers = buyers;
    }

    @Given("a buyer with a {string} mobile number")
    @Дано("покупатель с мобильным номером {string}")
    @Diyelimki("telefon numarası {string} ile başlayan bir alıcı")
    @假如("一位使用{string}手机号码的买家")
    public void aBuyerWithAMobileNumber(String countryCode) {
        buyers.newBuyer(BuyersDsl.BUYER, countryCode);
    }

    @Given("a buyer whose mobile number never receives SMS")
    @Дано("покупатель, на чей номер SMS никогда не приходят")
    @Diyelimki("telefonuna hiç SMS gelmeyen bir alıcı")
    @假如("一位手机号码收不到短信的买家")
    public void aBuyerWhoNeverReceivesSms() {
        buyers.newBuyerWhoNeverReceivesSms();
    }

    @Given("a buyer whose SMS arrive late")
    @Дано("покупатель, которому SMS приходят с опозданием")
    @Diyelimki("SMS’leri geç gelen bir alıcı")
    @假如("一位短信延迟送达的买家")
    public void aBuyerWhoseSmsArriveLate() {
        buyers.newBuyerWhoseSmsArriveLate();
    }
}
