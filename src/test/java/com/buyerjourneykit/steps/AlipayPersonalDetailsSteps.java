package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.AlipayAccountCompletionDsl;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.cucumber.java.ru.Когда;
import io.cucumber.java.ru.Тогда;
import io.cucumber.java.tr.Eğerki;
import io.cucumber.java.tr.Ozaman;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;

/**
 * Guide section 1, "Complete Personal Details", the account that results, and where the journey
 * goes next, in en, ru, tr and zh-CN: one method per step.
 */
public class AlipayPersonalDetailsSteps {
    private final AlipayAccountCompletionDsl account;

    public AlipayPersonalDetailsSteps(AlipayAccountCompletionDsl account) {
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
    @Тогда("личный счет Alipay создан")
    @Ozaman("Alipay kişisel hesabı tamamlanır")
    @那么("支付宝个人账户已完善")
    public void theAlipayPersonalAccountIsComplete() {
        account.assertAccountComplete();
    }

    @Then("the buyer is told to finish {string} first")
    @Тогда("покупателю предлагают сначала завершить шаг {string}")
    @Ozaman("alıcıdan önce {string} adımını tamamlaması istenir")
    @那么("买家被提示先完成{string}")
    public void theBuyerIsToldToFinishFirst(String missingStep) {
        account.assertToldToFinishFirst(missingStep);
    }

    @Then("the journey continues with {string}")
    @Тогда("путь продолжается шагом {string}")
    @Ozaman("yolculuk {string} adımıyla devam eder")
    @那么("流程的下一步是{string}")
    public void theJourneyContinuesWith(String nextStep) {
        account.assertJourneyContinuesWith(nextStep);
    }
}
