package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.Commerce1688ControlDsl;
import com.buyerjourneykit.dsl.PaymentDsl;
import com.buyerjourneykit.dsl.ProviderFaultsDsl;
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

/** Guide section 6: paying the order with World Pay, the card or Alipay and the payment password, once only, whatever 1688 does meanwhile, in four languages. */
public class OrderPaymentSteps {
    private final PaymentDsl payment;
    private final Commerce1688ControlDsl cashier;
    private final ProviderFaultsDsl faults;

    public OrderPaymentSteps(PaymentDsl payment, Commerce1688ControlDsl cashier, ProviderFaultsDsl faults) {
        this.payment = payment;
        this.cashier = cashier;
        this.faults = faults;
    }

    @When("the buyer pays the order with World Pay")
    @Когда("покупатель оплачивает заказ через World Pay")
    @Eğerki("alıcı siparişi World Pay ile öder")
    @当("买家用World Pay（跨境宝）支付该订单")
    public void theBuyerPaysWithWorldPay() {
        payment.payWithWorldPay();
    }

    @When("the buyer pays the order by card")
    @Когда("покупатель оплачивает заказ картой")
    @Eğerki("alıcı siparişi kartla öder")
    @当("买家用银行卡支付该订单")
    public void theBuyerPaysByCard() {
        payment.payByCard();
    }

    @When("the buyer pays the order with Alipay")
    @Когда("покупатель оплачивает заказ через Alipay")
    @Eğerki("alıcı siparişi Alipay ile öder")
    @当("买家用支付宝支付该订单")
    public void theBuyerPaysWithAlipay() {
        payment.payWithAlipay();
    }

    @When("the buyer pays the order with World Pay using the payment password {string}")
    @Когда("покупатель оплачивает заказ через World Pay, введя платежный пароль {string}")
    @Eğerki("alıcı siparişi {string} ödeme şifresiyle World Pay ile öder")
    @当("买家输入支付密码{string}，用World Pay（跨境宝）支付该订单")
    public void theBuyerPaysUsingThePassword(String password) {
        payment.payWithWorldPayUsing(password);
    }

    @When("the buyer enters a wrong payment password {int} times")
    @Когда("покупатель {int} раз/раза подряд вводит неверный платежный пароль")
    @Eğerki("alıcı {int} kez yanlış ödeme şifresi girer")
    @当("买家输错支付密码{int}次")
    public void theBuyerEntersAWrongPassword(int times) {
        payment.enterWrongPassword(times);
    }

    @When("the buyer submits the same payment again")
    @Когда("покупатель отправляет тот же платеж еще раз")
    @Eğerki("alıcı aynı ödemeyi tekrar gönderir")
    @当("买家再次提交同一笔付款")
    public void theBuyerSubmitsTheSamePaymentAgain() {
        payment.submitTheSamePaymentAgain();
    }

    @When("the buyer pays the order with World Pay again, as a new payment")
    @Когда("покупатель снова оплачивает заказ через World Pay, новым платежом")
    @Eğerki("alıcı siparişi yeni bir ödemeyle tekrar World Pay ile öder")
    @当("买家再次用World Pay（跨境宝）发起一笔新的付款")
    public void theBuyerPaysAgainAsANewPayment() {
        payment.payWithWorldPay();
    }

    @Then("the order is paid with World Pay, {string} {string} in all, and waits for shipment")
    @Тогда("заказ оплачен через World Pay, всего {string} {string}, и ждет отправки")
    @Ozaman("sipariş World Pay ile ödenir, toplam {string} {string}; sipariş tedarikçinin göndermesini bekler")
    @那么("订单已用World Pay（跨境宝）付款，共{string}{string}，等待卖家发货")
    public void theOrderIsPaidWithWorldPay(String total, String currency) {
        payment.assertPaidWithWorldPay(total, currency);
    }

    @Then("the order is paid by card, {string} {string} in all")
    @Тогда("заказ оплачен картой, всего {string} {string}")
    @Ozaman("sipariş kartla ödenir, toplam {string} {string}")
    @那么("订单已用银行卡付款，共{string}{string}")
    public void theOrderIsPaidByCard(String total, String currency) {
        payment.assertPaidByCard(total, currency);
    }

    @Then("the same payment is answered again")
    @Тогда("в ответ снова приходит тот же платеж")
    @Ozaman("yanıt olarak aynı ödeme yeniden döner")
    @那么("返回的仍是同一笔付款")
    public void theSamePaymentIsAnsweredAgain() {
        payment.assertSamePaymentAgain();
    }

    @Then("the payment is refused because the payment password is wrong, with {int} attempts left")
    @Тогда("платеж отклонен из-за неверного платежного пароля, осталось/осталась {int} попытка/попытки/попыток")
    @Ozaman("ödeme şifresi yanlış olduğu için ödeme reddedilir, {int} deneme hakkı kalır")
    @那么("付款被拒绝，因为支付密码错误，还可再试{int}次")
    public void thePasswordIsWrong(int remainingAttempts) {
        payment.assertPasswordWrong(remainingAttempts);
    }

    @Then("the payment is refused because the payment password is locked")
    @Тогда("платеж отклонен, потому что платежный пароль заблокирован")
    @Ozaman("ödeme şifresi kilitlendiği için ödeme reddedilir")
    @那么("付款被拒绝，因为支付密码已被锁定")
    public void thePasswordIsLocked() {
        payment.assertRefusedAs("payment-password-locked");
    }

    @Then("the payment is refused because the CNH balance does not cover {string} {string}")
    @Тогда("платеж отклонен, потому что баланса CNH не хватает на {string} {string}")
    @Ozaman("CNH bakiyesi {string} {string} tutarını karşılamadığı için ödeme reddedilir")
    @那么("付款被拒绝，因为CNH余额不足以支付{string}{string}")
    public void theBalanceIsNotEnough(String required, String currency) {
        payment.assertBalanceNotEnough(required, currency);
    }

    @Then("the payment is refused because the order is already paid")
    @Тогда("платеж отклонен, потому что заказ уже оплачен")
    @Ozaman("sipariş zaten ödendiği için ödeme reddedilir")
    @那么("付款被拒绝，因为该订单已付款")
    public void theOrderIsAlreadyPaid() {
        payment.assertRefusedAs("order-already-paid");
    }

    @Then("the payment is refused because the order can no longer be paid")
    @Тогда("платеж отклонен, потому что заказ больше нельзя оплатить")
    @Ozaman("sipariş artık ödenemediği için ödeme reddedilir")
    @那么("付款被拒绝，因为该订单已无法付款")
    public void theOrderIsNotPayable() {
        payment.assertRefusedAs("order-not-payable");
    }

    @Then("the payment is refused because the method is not offered")
    @Тогда("платеж отклонен, потому что этот способ оплаты не предлагается")
    @Ozaman("bu ödeme yöntemi sunulmadığı için ödeme reddedilir")
    @那么("付款被拒绝，因为不提供该支付方式")
    public void theMethodIsNotOffered() {
        payment.assertRefusedAs("method-not-offered");
    }

    @Given("1688 fails the next payment with {fault}")
    @Дано("1688 отвечает на следующий платеж сбоем {fault}")
    @Diyelimki("1688 sonraki ödemede {fault} arızası veriyor")
    @假如("1688在下一次付款时发生故障{fault}")
    public void member1688FailsTheNextPayment(String kind) {
        faults.failNext(ProviderFaultsDsl.MEMBER_1688, ProviderFaultsDsl.PAYMENT, kind);
    }

    @Given("1688 will take the next payment but answer that its result is unknown")
    @Дано("1688 проведет следующий платеж, но ответит, что его результат неизвестен")
    @Diyelimki("1688 sonraki ödemeyi alacak ama sonucunun bilinmediğini söyleyecek")
    @假如("1688会完成下一笔付款，但返回结果未知")
    public void member1688AnswersTheNextPaymentUnknown() {
        cashier.nextPaymentAnswersUnknown();
    }

    @Given("1688 stays unavailable for payments")
    @Дано("1688 остается недоступен для платежей")
    @Diyelimki("1688’e ödemeler için ulaşılamıyor")
    @假如("1688付款服务持续不可用")
    public void member1688StaysUnavailableForPayments() {
        faults.staysUnavailable(ProviderFaultsDsl.MEMBER_1688, ProviderFaultsDsl.PAYMENT);
    }

    @Given("1688 has cancelled the order")
    @Дано("1688 отменил заказ")
    @Diyelimki("1688 siparişi iptal etmiş")
    @假如("1688已取消该订单")
    public void member1688HasCancelledTheOrder() {
        cashier.cancelTheOrder();
    }
}
