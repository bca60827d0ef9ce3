package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.MyInvoisControlDsl;
import com.buyerjourneykit.dsl.ProviderFaultsDsl;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.ru.Дано;
import io.cucumber.java.ru.Тогда;
import io.cucumber.java.tr.Diyelimki;
import io.cucumber.java.tr.Ozaman;
import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.那么;

/** What MyInvois received, and MyInvois failing a submission, in en, ru, tr and zh-CN. */
public class MyInvoisSteps {
    private final MyInvoisControlDsl myInvois;
    private final ProviderFaultsDsl faults;

    public MyInvoisSteps(MyInvoisControlDsl myInvois, ProviderFaultsDsl faults) {
        this.myInvois = myInvois;
        this.faults = faults;
    }

    @Given("MyInvois fails the next e-invoice submission with {fault}")
    @Дано("MyInvois отвечает на следующую отправку счета-фактуры сбоем {fault}")
    @Diyelimki("MyInvois sonraki e-fatura gönderiminde {fault} arızası veriyor")
    @假如("MyInvois在下一次提交电子发票时发生故障{fault}")
    public void myInvoisFailsTheNextSubmission(String kind) {
        faults.failNext(ProviderFaultsDsl.MYINVOIS, ProviderFaultsDsl.E_INVOICE_SUBMISSION, kind);
    }

    @Then("MyInvois has received the e-invoice {string} once")
    @Тогда("MyInvois получил счет-фактуру {string} один раз")
    @Ozaman("MyInvois {string} e-faturasını bir kez almış")
    @那么("MyInvois只收到一次电子发票{string}")
    public void myInvoisReceivedItOnce(String invoiceNumber) {
        myInvois.assertAcceptedOnce(invoiceNumber);
    }

    @Then("MyInvois has received no e-invoice {string}")
    @Тогда("MyInvois не получал счет-фактуру {string}")
    @Ozaman("MyInvois {string} e-faturasını hiç almamış")
    @那么("MyInvois未收到电子发票{string}")
    public void myInvoisReceivedNone(String invoiceNumber) {
        myInvois.assertReceivedNone(invoiceNumber);
    }
}
