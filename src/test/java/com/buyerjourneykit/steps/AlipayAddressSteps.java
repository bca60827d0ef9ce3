package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.AlipayProfileDsl;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.cucumber.java.ru.Дано;
import io.cucumber.java.ru.Когда;
import io.cucumber.java.ru.Тогда;
import io.cucumber.java.tr.Diyelimki;
import io.cucumber.java.tr.Eğerki;
import io.cucumber.java.tr.Ozaman;
import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;

/** Guide section 1, "Register location and address", in en, ru, tr and zh-CN: one method per step. */
public class AlipayAddressSteps {
    private final AlipayProfileDsl account;

    public AlipayAddressSteps(AlipayProfileDsl account) {
        this.account = account;
    }

    @Given("the buyer has registered their location and address")
    @Дано("покупатель зарегистрировал местонахождение и адрес")
    @Diyelimki("alıcı lokasyon ve adres bilgilerini girmiş")
    @假如("买家已登记所在地和地址")
    public void theBuyerHasRegisteredTheirAddress() {
        account.requireAddressRegistered();
    }

    @When("the buyer registers their location and address")
    @Когда("покупатель регистрирует местонахождение и адрес")
    @Eğerki("alıcı lokasyon ve adres bilgilerini girer")
    @当("买家登记所在地和地址")
    public void theBuyerRegistersTheirAddress() {
        account.registerAddress();
    }

    @When("the buyer registers their location and address with {string} {string}")
    @Когда("покупатель регистрирует местонахождение и адрес, указав в поле {string} значение {string}")
    @Eğerki("alıcı lokasyon ve adres bilgilerini {string} alanına {string} yazarak girer")
    @当("买家登记所在地和地址，{string}填写{string}")
    public void theBuyerRegistersTheirAddressWith(String field, String value) {
        account.registerAddressWith(field, value);
    }

    @Then("the location and address are registered")
    @Тогда("местонахождение и адрес зарегистрированы")
    @Ozaman("lokasyon ve adres bilgileri kaydedilir")
    @那么("所在地和地址登记成功")
    public void theAddressIsRegistered() {
        account.assertAddressRegistered();
    }
}
