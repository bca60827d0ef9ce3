package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.ProviderFaultsDsl;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.ru.Дано;
import io.cucumber.java.ru.Тогда;
import io.cucumber.java.tr.Diyelimki;
import io.cucumber.java.tr.Ozaman;
import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.那么;

/**
 * A provider failing the buyer's next operation, in en, ru, tr and zh-CN: one method per step. The
 * fault is named by its id (no-answer, connection-reset, http-500, http-503, malformed-body), the
 * same in every language, so the example tables of all four match.
 */
public class ProviderFaultSteps {
    private final ProviderFaultsDsl faults;

    public ProviderFaultSteps(ProviderFaultsDsl faults) {
        this.faults = faults;
    }

    @ParameterType("no-answer|connection-reset|http-500|http-503|malformed-body")
    public String fault(String id) {
        return id;
    }

    /** The provider as the guide names it in each language; the answer names it as the app does. */
    @ParameterType("Alipay|支付宝|1688|MyInvois")
    public String provider(String name) {
        return "支付宝".equals(name) ? ProviderFaultsDsl.ALIPAY : name;
    }

    @Given("Alipay does not answer the next code request")
    @Дано("Alipay не отвечает на следующий запрос кода")
    @Diyelimki("Alipay sonraki kod isteğine yanıt vermiyor")
    @假如("支付宝不响应下一次校验码申请")
    public void alipayDoesNotAnswerTheNextCodeRequest() {
        faults.failNext(ProviderFaultsDsl.ALIPAY, ProviderFaultsDsl.CODE_REQUEST, ProviderFaultsDsl.NO_ANSWER);
    }

    @Given("Alipay fails the next code request with {fault}")
    @Дано("Alipay отвечает на следующий запрос кода сбоем {fault}")
    @Diyelimki("Alipay sonraki kod isteğinde {fault} arızası veriyor")
    @假如("支付宝在下一次校验码申请时发生故障{fault}")
    public void alipayFailsTheNextCodeRequest(String kind) {
        faults.failNext(ProviderFaultsDsl.ALIPAY, ProviderFaultsDsl.CODE_REQUEST, kind);
    }

    @Given("1688 does not answer the next registration")
    @Дано("1688 не отвечает на следующую регистрацию")
    @Diyelimki("1688 sonraki kayda yanıt vermiyor")
    @假如("1688不响应下一次注册")
    public void member1688DoesNotAnswerTheNextRegistration() {
        faults.failNext(ProviderFaultsDsl.MEMBER_1688, ProviderFaultsDsl.REGISTRATION, ProviderFaultsDsl.NO_ANSWER);
    }

    @Given("1688 fails the next registration with {fault}")
    @Дано("1688 отвечает на следующую регистрацию сбоем {fault}")
    @Diyelimki("1688 sonraki kayıtta {fault} arızası veriyor")
    @假如("1688在下一次注册时发生故障{fault}")
    public void member1688FailsTheNextRegistration(String kind) {
        faults.failNext(ProviderFaultsDsl.MEMBER_1688, ProviderFaultsDsl.REGISTRATION, kind);
    }

    @Then("the buyer is told that {provider} is unavailable")
    @Тогда("покупателю сообщают, что {provider} недоступен")
    @Ozaman("alıcıya {provider} hizmetine şu anda ulaşılamadığı bildirilir")
    @那么("买家被告知{provider}暂时不可用")
    public void theBuyerIsToldTheProviderIsUnavailable(String provider) {
        faults.assertProviderUnavailable(provider);
    }
}
