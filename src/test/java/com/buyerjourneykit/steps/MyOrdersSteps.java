package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.MyOrdersDsl;
import com.buyerjourneykit.dsl.PaidOrdersDsl;
import io.cucumber.datatable.DataTable;
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

/** The FAQ's e-invoice, step 1: paid 1688 orders and 我的订单, in en, ru, tr and zh-CN. */
public class MyOrdersSteps {
    private final PaidOrdersDsl paidOrders;
    private final MyOrdersDsl myOrders;

    public MyOrdersSteps(PaidOrdersDsl paidOrders, MyOrdersDsl myOrders) {
        this.paidOrders = paidOrders;
        this.myOrders = myOrders;
    }

    @Given("the buyer has paid 1688 orders")
    @Дано("покупатель оплатил заказы на 1688")
    @Diyelimki("alıcı 1688 siparişlerini ödemiş")
    @假如("买家已支付1688订单")
    public void theBuyerHasPaidOrders(DataTable orders) {
        paidOrders.requirePaid(orders.asMaps());
    }

    @Given("the buyer has paid 1688 orders but not order {string}, which waits for payment")
    @Дано("покупатель оплатил заказы на 1688, кроме заказа {string}, который ждет оплаты")
    @Diyelimki("alıcı 1688 siparişlerini ödemiş, ancak {string} siparişi hâlâ ödeme bekliyor")
    @假如("买家已支付1688订单，但订单{string}仍在等待付款")
    public void theBuyerHasNotPaidOneOrder(String order) {
        paidOrders.requireWaitingForPayment(order);
    }

    @When("the buyer clicks 我的订单 to view the orders")
    @Когда("покупатель нажимает 我的订单, чтобы посмотреть заказы")
    @Eğerki("alıcı 我的订单 bölümünde siparişlerini görüntüler")
    @当("买家在“我的订单”中查看订单")
    public void theBuyerViewsTheOrders() {
        myOrders.view();
    }

    @When("the buyer views the orders in 我的订单 with the status {orderStatus}")
    @Когда("покупатель смотрит в 我的订单 заказы со статусом {orderStatus}")
    @Eğerki("alıcı 我的订单 bölümünde {orderStatus} durumundaki siparişleri görüntüler")
    @当("买家在“我的订单”中查看状态为{orderStatus}的订单")
    public void theBuyerViewsTheOrdersWithAStatus(String status) {
        myOrders.viewWithStatus(status);
    }

    @Then("the orders shown are, newest first")
    @Тогда("показаны заказы, сначала самые новые")
    @Ozaman("siparişler en yeniden başlayarak gösterilir")
    @那么("订单按从新到旧显示如下")
    public void theOrdersShownAre(DataTable orders) {
        myOrders.assertOrders(orders.asMaps());
    }
}
