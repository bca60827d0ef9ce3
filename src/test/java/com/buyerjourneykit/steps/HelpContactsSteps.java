package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.HelpContactsDsl;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.cucumber.java.ru.Когда;
import io.cucumber.java.ru.Тогда;
import io.cucumber.java.tr.Eğerki;
import io.cucumber.java.tr.Ozaman;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;

/** Help contacts (SUP-01, SUP-02): who answers the buyer's questions, and when. */
public class HelpContactsSteps {
    private final HelpContactsDsl help;

    public HelpContactsSteps(HelpContactsDsl help) {
        this.help = help;
    }

    @When("the buyer opens the help page")
    @Когда("покупатель открывает страницу помощи")
    @Eğerki("alıcı yardım sayfasını açar")
    @当("买家打开帮助页面")
    public void theBuyerOpensTheHelpPage() {
        help.openHelp();
    }

    @When("the buyer opens the help page at {string} GMT+8")
    @Когда("покупатель открывает страницу помощи в {string} по GMT+8")
    @Eğerki("alıcı yardım sayfasını {string} \\(GMT+8) saatinde açar")
    @当("买家在{string}（GMT+8）打开帮助页面")
    public void theBuyerOpensTheHelpPageAt(String moment) {
        help.openHelpAt(moment);
    }

    @Then("WorldFirst customer service can be e-mailed at {string} and replies within {string} working days")
    @Тогда("службе поддержки WorldFirst можно написать на {string}, ответ придет в течение {string} рабочих дней")
    @Ozaman("WorldFirst Müşteri Hizmetlerine {string} adresinden yazılabilir ve yanıt {string} iş günü içinde gelir")
    @那么("可以发电子邮件到{string}联系万里汇客服，{string}个工作日内回复")
    public void worldFirstCanBeEmailed(String email, String workingDays) {
        help.assertWorldFirstEmail(email, workingDays);
    }

    @Then("WorldFirst customer service can be called on {string} from Monday to Friday, {string} to {string} local time")
    @Тогда("в службу поддержки WorldFirst можно позвонить по номеру {string} с понедельника по пятницу, с {string} до {string} по местному времени")
    @Ozaman("WorldFirst Müşteri Hizmetleri {string} numarasından Pazartesi’den Cuma’ya yerel saatle {string} ile {string} arasında aranabilir")
    @那么("可以拨打{string}联系万里汇客服，周一至周五当地时间{string}至{string}")
    public void worldFirstCanBeCalled(String phone, String opens, String closes) {
        help.assertWorldFirstPhone(phone, opens, closes);
    }

    @Then("the 1688.com customer service hotline is {string}, from Monday to Friday, {string} to {string} \\(GMT+8)")
    @Тогда("горячая линия службы поддержки 1688.com — {string}, с понедельника по пятницу, с {string} до {string} \\(GMT+8)")
    @Ozaman("1688.com Müşteri Hizmetleri hattı {string}, Pazartesi’den Cuma’ya {string} ile {string} arası \\(GMT+8)")
    @那么("1688客服热线是{string}，周一至周五{string}至{string}（GMT+8）")
    public void theHotlineIs(String phone, String opens, String closes) {
        help.assertHotline(phone, opens, closes);
    }

    @Then("WorldFirst customer service answers the phone at that time")
    @Тогда("служба поддержки WorldFirst в это время отвечает по телефону")
    @Ozaman("WorldFirst Müşteri Hizmetleri o saatte telefonu açar")
    @那么("万里汇客服电话此时有人接听")
    public void worldFirstAnswers() {
        help.assertWorldFirstAnswers(true);
    }

    @Then("WorldFirst customer service does not answer the phone at that time")
    @Тогда("служба поддержки WorldFirst в это время не отвечает по телефону")
    @Ozaman("WorldFirst Müşteri Hizmetleri o saatte telefonu açmaz")
    @那么("万里汇客服电话此时无人接听")
    public void worldFirstDoesNotAnswer() {
        help.assertWorldFirstAnswers(false);
    }

    @Then("the 1688.com hotline answers at that time")
    @Тогда("горячая линия 1688.com в это время отвечает")
    @Ozaman("1688.com hattı o saatte telefonu açar")
    @那么("1688客服热线此时有人接听")
    public void theHotlineAnswers() {
        help.assertHotlineAnswers(true);
    }

    @Then("the 1688.com hotline does not answer at that time")
    @Тогда("горячая линия 1688.com в это время не отвечает")
    @Ozaman("1688.com hattı o saatte telefonu açmaz")
    @那么("1688客服热线此时无人接听")
    public void theHotlineDoesNotAnswer() {
        help.assertHotlineAnswers(false);
    }
}
