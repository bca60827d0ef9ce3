package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.SelfBilledInvoiceDsl;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.cucumber.java.ru.Когда;
import io.cucumber.java.ru.Тогда;
import io.cucumber.java.tr.Eğerki;
import io.cucumber.java.tr.Ozaman;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;

/** The FAQ's e-invoice, step 6: the self-billed e-invoice previewed and submitted to MyInvois, in en, ru, tr and zh-CN. */
public class SelfBilledInvoiceSteps {
    private final SelfBilledInvoiceDsl invoice;

    public SelfBilledInvoiceSteps(SelfBilledInvoiceDsl invoice) {
        this.invoice = invoice;
    }

    @When("the buyer previews the self-billed e-invoice of order {string} with classification {string} and e-invoice number {string}")
    @Когда("покупатель просматривает электронный счет-фактуру самовыставления по заказу {string} с классификацией {string} и номером {string}")
    @Eğerki("alıcı {string} siparişinin kendi adına düzenlenen e-faturasını {string} sınıflandırması ve {string} e-fatura numarasıyla önizler")
    @当("买家预览订单{string}的自开电子发票，产品分类为{string}，电子发票号码为{string}")
    public void theBuyerPreviews(String order, String classification, String invoiceNumber) {
        invoice.preview(order, classification, invoiceNumber);
    }

    @When("the buyer submits the self-billed e-invoice of order {string} with classification {string} and e-invoice number {string}")
    @Когда("покупатель отправляет электронный счет-фактуру самовыставления по заказу {string} с классификацией {string} и номером {string}")
    @Eğerki("alıcı {string} siparişinin kendi adına düzenlenen e-faturasını {string} sınıflandırması ve {string} e-fatura numarasıyla gönderir")
    @当("买家提交订单{string}的自开电子发票，产品分类为{string}，电子发票号码为{string}")
    public void theBuyerSubmits(String order, String classification, String invoiceNumber) {
        invoice.submit(order, classification, invoiceNumber);
    }

    @When("the buyer submits the self-billed e-invoice of the order just paid, with classification {string} and e-invoice number {string}")
    @Когда("покупатель отправляет электронный счет-фактуру самовыставления по только что оплаченному заказу, с классификацией {string} и номером {string}")
    @Eğerki("alıcı az önce ödediği siparişin kendi adına düzenlenen e-faturasını {string} sınıflandırması ve {string} e-fatura numarasıyla gönderir")
    @当("买家为刚付款的订单提交自开电子发票，产品分类为{string}，电子发票号码为{string}")
    public void theBuyerSubmitsForTheOrderJustPaid(String classification, String invoiceNumber) {
        invoice.submitForTheOrderJustPaid(classification, invoiceNumber);
    }

    @When("the buyer submits the same e-invoice again")
    @Когда("покупатель повторно отправляет тот же счет-фактуру")
    @Eğerki("alıcı aynı e-faturayı tekrar gönderir")
    @当("买家再次提交同一张电子发票")
    public void theBuyerSubmitsAgain() {
        invoice.submitAgain();
    }

    @Then("the e-invoice preview shows")
    @Тогда("предпросмотр счета-фактуры показывает")
    @Ozaman("e-fatura önizlemesi şunları gösterir")
    @那么("电子发票预览显示")
    public void thePreviewShows(DataTable fields) {
        invoice.assertPreview(fields.asMap());
    }

    @Then("MyInvois accepts the e-invoice as valid, classified {string}")
    @Тогда("MyInvois принимает счет-фактуру как действительный, с классификацией {string}")
    @Ozaman("MyInvois e-faturayı {string} sınıflandırmasıyla geçerli olarak kabul eder")
    @那么("MyInvois接受该电子发票，状态为有效，产品分类为{string}")
    public void myInvoisAccepts(String classification) {
        invoice.assertAccepted(classification);
    }

    @Then("MyInvois rejects the e-invoice for the reason {string} and the buyer is told why")
    @Тогда("MyInvois отклоняет счет-фактуру по причине {string}, и покупателю сообщают почему")
    @Ozaman("MyInvois e-faturayı {string} gerekçesiyle reddeder ve alıcıya nedeni bildirilir")
    @那么("MyInvois以原因{string}拒绝该电子发票，并告知买家原因")
    public void myInvoisRejects(String reason) {
        invoice.assertRejected(reason);
    }

    @Then("the e-invoice is refused because the order is not paid")
    @Тогда("счет-фактура отклонен, потому что заказ не оплачен")
    @Ozaman("sipariş ödenmediği için e-fatura reddedilir")
    @那么("电子发票被拒绝，因为订单尚未付款")
    public void theInvoiceIsRefusedForAnUnpaidOrder() {
        invoice.assertOrderNotPaid();
    }

    @Then("the same e-invoice submission is answered again")
    @Тогда("в ответ снова приходит та же отправка счета-фактуры")
    @Ozaman("yanıt olarak aynı e-fatura gönderimi tekrar gelir")
    @那么("返回的仍是同一次电子发票提交")
    public void theSameSubmissionIsAnswered() {
        invoice.assertSameSubmission();
    }
}
