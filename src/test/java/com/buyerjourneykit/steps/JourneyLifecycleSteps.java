package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.BuyersDsl;
import com.buyerjourneykit.dsl.JourneyDsl;
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

/** The journey as a whole: where it starts, its steps in the guide's order, and a buyer coming back to it. */
public class JourneyLifecycleSteps {
    private final JourneyDsl journey;

    public JourneyLifecycleSteps(JourneyDsl journey) {
        this.journey = journey;
    }

    @When("the buyer starts the journey")
    @Given("the buyer has started the journey")
    @Когда("покупатель начинает путь")
    @Дано("покупатель начал путь")
    @Eğerki("alıcı yolculuğa başlar")
    @Diyelimki("alıcı yolculuğa başlamış")
    @当("买家开始流程")
    @假如("买家已开始流程")
    public void theBuyerStartsTheJourney() {
        journey.start(BuyersDsl.BUYER);
    }

    @When("the buyer comes back later with the same mobile number")
    @Когда("покупатель позже возвращается с тем же номером мобильного телефона")
    @Eğerki("alıcı daha sonra aynı telefon numarasıyla geri döner")
    @当("买家稍后用同一个手机号码回来")
    public void theBuyerComesBack() {
        journey.comeBack(BuyersDsl.BUYER);
    }

    @When("the app restarts")
    @Когда("приложение перезапускается")
    @Eğerki("uygulama yeniden başlatılır")
    @当("应用重新启动")
    public void theAppRestarts() {
        journey.restartSystem();
    }

    @Then("the journey shows the guide's steps in this order: {sections}")
    @Тогда("путь показывает разделы руководства в таком порядке: {sections}")
    @Ozaman("yolculuk rehberin adımlarını şu sırayla gösterir: {sections}")
    @那么("流程按以下顺序显示指南的步骤：{sections}")
    public void theJourneyShowsTheStepsInOrder(String steps) {
        journey.assertGuideStepsInOrder(steps);
    }

    @Then("the step {section} is {status}")
    @Тогда("раздел {section} имеет статус {status}")
    @Ozaman("{section} adımının durumu {status}")
    @那么("步骤{section}的状态为{status}")
    public void theStepIs(String step, String status) {
        journey.assertStepStatus(step, status);
    }
}
