package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.Member1688SignInDsl;
import com.buyerjourneykit.dsl.OrderDsl;
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

/** Guide section 5: signing in to 1688, ordering a quantity of a variant with cross-border logistics, and what refuses an order, in four languages. */
public class OrderSteps {
    private final Member1688SignInDsl signIn;
    private final OrderDsl orders;
    private final ProviderFaultsDsl faults;

    public OrderSteps(Member1688SignInDsl signIn, OrderDsl orders, ProviderFaultsDsl faults) {
        this.signIn = signIn;
        this.orders = orders;
        this.faults = faults;
    }

    @Given("the buyer has signed in to 1688 with the verified account {string}")
    @Дано("покупатель вошел на 1688 под подтвержденным аккаунтом {string}")
    @Diyelimki("alıcı Alipay ile doğrulanmış {string} 1688 hesabıyla giriş yapmış")
    @假如("买家已用已认证的1688账户{string}登录")
    public void theBuyerHasSignedIn(String account) {
        signIn.requireSignedInVerified(account);
    }

    @When("the buyer orders {int} of {string} with {string} logistics")
    @Когда("покупатель заказывает {int} шт. {string} с логистикой {string}")
    @Eğerki("alıcı {int} adet {string} ürününü {string} uluslararası gönderimiyle sipariş eder")
    @当("买家订购{int}件{string}，跨境物流选{string}")
    public void theBuyerOrders(int quantity, String specId, String logistics) {
        orders.order(quantity, specId, logistics);
    }

    @When("the buyer orders {int} of {string} without choosing cross-border logistics")
    @Когда("покупатель заказывает {int} шт. {string}, не выбрав трансграничную логистику")
    @Eğerki("alıcı uluslararası gönderim seçmeden {int} adet {string} sipariş eder")
    @当("买家订购{int}件{string}，未选择跨境物流")
    public void theBuyerOrdersWithoutLogistics(int quantity, String specId) {
        orders.orderWithoutLogistics(quantity, specId);
    }

    @When("the buyer orders {int} of {string} for delivery to {string}")
    @Когда("покупатель заказывает {int} шт. {string} с доставкой в {string}")
    @Eğerki("alıcı {int} adet {string} ürününü {string} bölgesine teslim edilmek üzere sipariş eder")
    @当("买家订购{int}件{string}，收货地区为{string}")
    public void theBuyerOrdersForDeliveryTo(int quantity, String specId, String region) {
        orders.orderFor(quantity, specId, region);
    }

    @When("the buyer previews an order of {int} of {string} with {string} logistics")
    @Когда("покупатель смотрит предварительный расчет заказа {int} шт. {string} с логистикой {string}")
    @Eğerki("alıcı {int} adet {string} ürününün {string} uluslararası gönderimiyle siparişini önizler")
    @当("买家预览订单：{int}件{string}，跨境物流选{string}")
    public void theBuyerPreviewsAnOrder(int quantity, String specId, String logistics) {
        orders.preview(quantity, specId, logistics);
    }

    @When("the buyer sends the same order again")
    @Когда("покупатель отправляет тот же заказ еще раз")
    @Eğerki("alıcı aynı siparişi tekrar gönderir")
    @当("买家再次提交同一订单")
    public void theBuyerSendsTheSameOrderAgain() {
        orders.sendTheSameOrderAgain();
    }

    @Given("the buyer has ordered {int} of {string}")
    @Дано("покупатель заказал {int} шт. {string}")
    @Diyelimki("alıcı {int} adet {string} sipariş etmiş")
    @假如("买家已订购{int}件{string}")
    public void theBuyerHasOrdered(int quantity, String specId) {
        orders.requireOrdered(quantity, specId);
    }

    @Given("the buyer has ordered {int} of {string} for delivery to {string}")
    @Дано("покупатель заказал {int} шт. {string} с доставкой в {string}")
    @Diyelimki("alıcı {int} adet {string} ürününü {string} bölgesine teslim edilmek üzere sipariş etmiş")
    @假如("买家已订购{int}件{string}，收货地区为{string}")
    public void theBuyerHasOrderedForDeliveryTo(int quantity, String specId, String region) {
        orders.requireOrderedFor(quantity, specId, region);
    }

    @Given("the buyer has ordered {int} of {string} as a {tradeType} trade")
    @Дано("покупатель заказал {int} шт. {string} со способом сделки {tradeType}")
    @Diyelimki("alıcı {int} adet {string} ürününü {tradeType} işlem türüyle sipariş etmiş")
    @假如("买家已订购{int}件{string}，交易方式为{tradeType}")
    public void theBuyerHasOrderedAsATrade(int quantity, String specId, String tradeType) {
        orders.requireOrderedAsTrade(quantity, specId, tradeType);
    }

    @Given("the buyer has ordered {int} of {string} as a {orderType} order")
    @Дано("покупатель заказал {int} шт. {string} как заказ {orderType}")
    @Diyelimki("alıcı {int} adet {string} ürününü {orderType} türünde bir sipariş olarak vermiş")
    @假如("买家已订购{int}件{string}，订单类型为{orderType}")
    public void theBuyerHasOrderedAsAnOrderType(int quantity, String specId, String orderType) {
        orders.requireOrderedAsOrderType(quantity, specId, orderType);
    }

    @Given("the buyer has ordered {int} of {string} with the Red Packet {string}")
    @Дано("покупатель заказал {int} шт. {string} со скидкой Red Packet {string}")
    @Diyelimki("alıcı {int} adet {string} ürününü {string} Red Packet indirimiyle sipariş etmiş")
    @假如("买家已订购{int}件{string}，并使用了红包{string}")
    public void theBuyerHasOrderedWithARedPacket(int quantity, String specId, String redPacketId) {
        orders.requireOrderedWithRedPacket(quantity, specId, redPacketId);
    }

    @Then("the order is placed and waits for payment: {string} goods, {string} carriage, {string} {string} in total")
    @Тогда("заказ оформлен и ждет оплаты: товары {string}, доставка {string}, итого {string} {string}")
    @Ozaman("sipariş verilir ve ödeme bekler: ürünler {string}, kargo {string}, toplam {string} {string}")
    @那么("订单已提交，等待买家付款：货款{string}，运费{string}，合计{string}{string}")
    public void theOrderIsPlaced(String goods, String carriage, String total, String currency) {
        orders.assertPlaced(goods, carriage, total, currency);
    }

    @Then("the preview shows {string} goods, {string} carriage, {string} {string} in total")
    @Тогда("предварительный расчет показывает: товары {string}, доставка {string}, итого {string} {string}")
    @Ozaman("önizleme şunu gösterir: ürünler {string}, kargo {string}, toplam {string} {string}")
    @那么("预览显示：货款{string}，运费{string}，合计{string}{string}")
    public void thePreviewShows(String goods, String carriage, String total, String currency) {
        orders.assertPreview(goods, carriage, total, currency);
    }

    @Then("the same order is answered again")
    @Тогда("в ответ снова приходит тот же заказ")
    @Ozaman("yanıt olarak aynı sipariş yeniden döner")
    @那么("返回的仍是同一订单")
    public void theSameOrderIsAnsweredAgain() {
        orders.assertSameOrderAgain();
    }

    @Then("the order is refused because the offer is not sold to the region {string}")
    @Тогда("заказ отклонен, потому что товар не продается в регион {string}")
    @Ozaman("ürün {string} bölgesine satılmadığı için sipariş reddedilir")
    @那么("订单被拒绝，因为该商品不销往地区{string}")
    public void theOrderIsRefusedForTheRegion(String region) {
        orders.assertNotSoldTo(region);
    }

    @Then("the order is refused because only {int} are in stock")
    @Тогда("заказ отклонен, потому что в наличии только {int} шт.")
    @Ozaman("stokta yalnızca {int} adet olduğu için sipariş reddedilir")
    @那么("订单被拒绝，因为库存只有{int}件")
    public void theOrderIsRefusedForTheStock(int stock) {
        orders.assertAboveStock(stock);
    }

    @Then("the order is refused because the minimum order quantity is {int}")
    @Тогда("заказ отклонен, потому что минимальный заказ — {int} шт.")
    @Ozaman("minimum sipariş miktarı {int} olduğu için sipariş reddedilir")
    @那么("订单被拒绝，因为起订量为{int}件")
    public void theOrderIsRefusedForTheMinimum(int minimum) {
        orders.assertBelowMinimum(minimum);
    }

    @Given("1688 stays unavailable for orders")
    @Дано("1688 остается недоступен для заказов")
    @Diyelimki("1688’e siparişler için ulaşılamıyor")
    @假如("1688下单服务持续不可用")
    public void member1688StaysUnavailableForOrders() {
        faults.staysUnavailable(ProviderFaultsDsl.MEMBER_1688, ProviderFaultsDsl.ORDER);
    }
}
