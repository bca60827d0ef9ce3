package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.AlipayProfileDsl;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.cucumber.java.ru.Когда;
import io.cucumber.java.ru.Тогда;
import io.cucumber.java.tr.Eğerki;
import io.cucumber.java.tr.Ozaman;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;

/** Guide section 1, "Complete Personal Details", and the account that results, in en, ru, tr and zh-CN: one method per step. */
public class AlipayPersonalDetailsSteps {
    private final AlipayProfileDsl account;

    public AlipayPersonalDetailsSteps(AlipayProfileDsl account) {
        this.account = account;
    }

    @When("the buyer completes their personal details")
    @Когда("покупатель заполняет личные данные")
    @Eğerki("alıcı kişisel bilgilerini tamamlar")
    @当("买家完善个人信息")
    public void theBuyerCompletesTheirPersonalDetails() {
        account.completePersonalDetails();
    }

    @When("the buyer completes their personal details with {string} {string}")
    @Когда("покупатель заполняет личные данные, указав в поле {string} значение {string}")
    @Eğerki("alıcı kişisel bilgilerini {string} alanına {string} yazarak tamamlar")
    @当("买家完善个人信息，{string}填写{string}")
    public void theBuyerCompletesTheirPersonalDetailsWith(String field, String value) {
        account.completePersonalDetailsWith(field, value);
    }

    @Then("the Alipay personal account is complete")
    @Тогда("личный кабинет Alipay создан")
    @Ozaman("Alipay kişisel hesabı tamamlanır")
    @那么("支付宝个人账户已完善")
    public void theAlipayPersonalAccountIsComplete() {
        account.assertAccountComplete();
    }

}
