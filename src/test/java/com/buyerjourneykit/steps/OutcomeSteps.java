package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.OutcomesDsl;
import io.cucumber.java.en.Then;
import io.cucumber.java.ru.Тогда;
import io.cucumber.java.tr.Ozaman;
import io.cucumber.java.zh_cn.那么;

/** Answers every section shares: bad input, a step too early or already done, and where the journey goes next. */
public class OutcomeSteps {
    private final OutcomesDsl outcomes;

    public OutcomeSteps(OutcomesDsl outcomes) {
        this.outcomes = outcomes;
    }

    @Then("the request is refused: field {string} breaks rule {string}")
    @Тогда("запрос отклонён: поле {string} нарушает правило {string}")
    @Ozaman("istek reddedilir: {string} alanı {string} kuralını ihlal ediyor")
    @那么("请求被拒绝：字段{string}违反规则{string}")
    public void theRequestIsRefused(String field, String rule) {
        outcomes.assertFieldRefused(field, rule);
    }

    @Then("the request is refused until the step {step} is finished")
    @Тогда("запрос отклонён, пока не завершён шаг {step}")
    @Ozaman("{step} adımı tamamlanana kadar istek reddedilir")
    @那么("请求被拒绝，须先完成步骤{step}")
    public void refusedUntilStepFinished(String missingStep) {
        outcomes.assertStepNotReady(missingStep);
    }

    @Then("the request is refused because the step {step} is already done")
    @Тогда("запрос отклонён, потому что шаг {step} уже выполнен")
    @Ozaman("{step} adımı zaten tamamlandığından istek reddedilir")
    @那么("请求被拒绝，因为步骤{step}已完成")
    public void refusedAsStepAlreadyDone(String doneStep) {
        outcomes.assertStepAlreadyDone(doneStep);
    }

    @Then("the next step is {step}")
    @Тогда("следующий шаг — {step}")
    @Ozaman("sıradaki adım {step}")
    @那么("下一步是{step}")
    public void theNextStepIs(String step) {
        outcomes.assertNextStep(step);
    }
}
