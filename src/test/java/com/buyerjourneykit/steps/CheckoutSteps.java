package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.CheckoutDsl;
import com.buyerjourneykit.dsl.Commerce1688ControlDsl;
import com.buyerjourneykit.dsl.WorldFirstControlDsl;
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

/** Guide section 6 and the FAQ: the checkout of an order — methods offered, why World Pay is not, what each costs — and the cashier's set-up, in four languages. */
public class CheckoutSteps {
    private final CheckoutDsl checkout;
    private final Commerce1688ControlDsl cashier;
    private final WorldFirstControlDsl worldFirst;

    public CheckoutSteps(CheckoutDsl checkout, Commerce1688ControlDsl cashier, WorldFirstControlDsl worldFirst) {
        this.checkout = checkout;
        this.cashier = cashier;
        this.worldFirst = worldFirst;
    }

    @Given("World Pay is activated for the 1688 account {string}")
    @Дано("для аккаунта 1688 {string} подключен World Pay")
    @Diyelimki("{string} 1688 hesabı için World Pay etkinleştirilmiş")
    @假如("1688账户{string}已开通World Pay（跨境宝）服务")
    public void worldPayIsActivated(String account) {
        worldFirst.activateWorldPay(account);
    }

    @Given("the buyer has {string} CNH in the World Account")
    @Дано("у покупателя на World Account {string} CNH")
    @Diyelimki("alıcının World hesabında {string} CNH var")
    @假如("买家的World账户中有{string} CNH")
    public void theBuyerHasCnh(String amount) {
        worldFirst.balanceIs(amount, "CNH");
    }

    @Given("the buyer's Alipay payment password is {string}")
    @Дано("платежный пароль Alipay покупателя — {string}")
    @Diyelimki("alıcının Alipay ödeme şifresi {string}")
    @假如("买家的支付宝支付密码为{string}")
    public void thePaymentPasswordIs(String password) {
        cashier.paymentPasswordIs(password);
    }

    @Given("the buyer's average monthly 1688 volume is {string} CNY")
    @Дано("средний месячный оборот покупателя на 1688 — {string} CNY")
    @Diyelimki("alıcının 1688’deki aylık ortalama işlem hacmi {string} CNY")
    @假如("买家在1688的月均交易额为{string} CNY")
    public void theMonthlyVolumeIs(String volume) {
        cashier.averageMonthlyVolumeIs(volume);
    }

    @Given("the buyer's Alipay account is registered outside Mainland China")
    @Дано("личный кабинет Alipay покупателя зарегистрирован за пределами материкового Китая")
    @Diyelimki("alıcının Alipay hesabı Çin anakarası dışında kayıtlı")
    @假如("买家的支付宝账户不是在中国大陆注册的")
    public void theAlipayAccountIsOutsideMainlandChina() {
        cashier.alipayRegisteredOutsideMainlandChina();
    }

    @When("the buyer opens the checkout of the order")
    @Когда("покупатель открывает страницу оплаты заказа")
    @Eğerki("alıcı siparişin ödeme sayfasını açar")
    @当("买家打开该订单的收银台")
    public void theBuyerOpensTheCheckout() {
        checkout.open();
    }

    @Then("World Pay is offered for the secured transaction")
    @Тогда("для безопасной сделки «担保交易» предлагается World Pay")
    @Ozaman("güvenli işlem «担保交易» için World Pay sunulur")
    @那么("担保交易订单可使用World Pay（跨境宝）付款")
    public void worldPayIsOffered() {
        checkout.assertWorldPayOffered();
    }

    @Then("the payment methods offered are {paymentMethods}")
    @Тогда("предлагаемые способы оплаты: {paymentMethods}")
    @Ozaman("sunulan ödeme yöntemleri: {paymentMethods}")
    @那么("可用的支付方式为{paymentMethods}")
    public void theMethodsOfferedAre(String methods) {
        checkout.assertMethods(methods);
    }

    @Then("World Pay is not offered, for the reason {worldPayReason}")
    @Тогда("World Pay не предлагается по причине {worldPayReason}")
    @Ozaman("World Pay {worldPayReason} nedeniyle sunulmaz")
    @那么("不提供World Pay（跨境宝），原因为{worldPayReason}")
    public void worldPayIsNotOffered(String reason) {
        checkout.assertWorldPayNotOffered(reason);
    }

    @Then("the checkout tells the buyer why and what to do")
    @Тогда("страница оплаты объясняет покупателю причину и что делать")
    @Ozaman("ödeme sayfası alıcıya nedenini ve ne yapması gerektiğini söyler")
    @那么("收银台告诉买家原因以及可以怎么做")
    public void theCheckoutTellsWhy() {
        checkout.assertReasonsExplained();
    }

    @Then("World Pay costs {string} plus a {string} service fee, {string} {string} in total")
    @Тогда("World Pay стоит {string} плюс сервисный сбор {string}, итого {string} {string}")
    @Ozaman("World Pay işlem ücreti {string}, hizmet ücreti {string}, toplam {string} {string}")
    @那么("World Pay（跨境宝）手续费{string}，另加服务费{string}，合计{string}{string}")
    public void worldPayCosts(String fee, String serviceFee, String total, String currency) {
        checkout.assertWorldPayCosts(fee, serviceFee, total, currency);
    }

    @Then("the card costs a {string} fee, {string} {string} in total")
    @Тогда("комиссия за оплату картой — {string}, итого {string} {string}")
    @Ozaman("kartla ödemenin işlem ücreti {string}, toplam {string} {string}")
    @那么("银行卡手续费{string}，合计{string}{string}")
    public void theCardCosts(String fee, String total, String currency) {
        checkout.assertCardCosts(fee, total, currency);
    }

    @Then("the World Pay service fee rate is {string}")
    @Тогда("ставка сервисного сбора World Pay — {string}")
    @Ozaman("World Pay hizmet ücreti oranı {string}")
    @那么("World Pay（跨境宝）服务费率为{string}")
    public void theServiceFeeRateIs(String rate) {
        checkout.assertServiceFeeRate(rate);
    }
}
