package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.BuyersDsl;
import com.buyerjourneykit.dsl.WorldAccountDsl;
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

/** Guide section 3, "Register for a World account", in en, ru, tr and zh-CN: one method per step. */
public class WorldAccountRegistrationSteps {
    private final WorldAccountDsl worldAccount;

    public WorldAccountRegistrationSteps(WorldAccountDsl worldAccount) {
        this.worldAccount = worldAccount;
    }

    @When("the buyer asks WorldFirst for a code by SMS")
    @Когда("покупатель запрашивает у WorldFirst код по SMS")
    @Eğerki("alıcı WorldFirst’ten SMS ile kod ister")
    @当("买家请万里汇通过短信发送验证码")
    public void theBuyerAsksForACodeBySms() {
        worldAccount.requestCodeByMobile();
    }

    @Given("the buyer has asked WorldFirst for a code by SMS")
    @Дано("покупатель запросил у WorldFirst код по SMS")
    @Diyelimki("alıcı WorldFirst’ten SMS ile kod istemiş")
    @假如("买家已请万里汇通过短信发送验证码")
    public void theBuyerHasAskedForACode() {
        worldAccount.requireCodeSent();
    }

    @When("the buyer asks WorldFirst for a code by e-mail")
    @Когда("покупатель запрашивает у WorldFirst код по электронной почте")
    @Eğerki("alıcı WorldFirst’ten e-posta ile kod ister")
    @当("买家请万里汇通过电子邮件发送验证码")
    public void theBuyerAsksForACodeByEmail() {
        worldAccount.requestCodeByEmail();
    }

    @Then("a WorldFirst code is sent to the buyer's masked mobile, valid for {int} minutes")
    @Тогда("код WorldFirst отправлен на мобильный покупателя, номер скрыт, код действует {int} минуту/минуты/минут")
    @Ozaman("alıcının maskelenerek gösterilen telefon numarasına {int} dakika geçerli bir WorldFirst kodu gönderilir")
    @那么("万里汇验证码已发送到买家的手机（号码部分隐藏），{int}分钟内有效")
    public void aCodeIsSentToTheMobile(int validMinutes) {
        worldAccount.assertCodeSentToMobile(validMinutes);
    }

    @Then("a WorldFirst code is sent to the buyer's masked e-mail address")
    @Тогда("код WorldFirst отправлен на электронную почту покупателя, адрес скрыт")
    @Ozaman("alıcının maskelenerek gösterilen e-posta adresine bir WorldFirst kodu gönderilir")
    @那么("万里汇验证码已发送到买家的电子邮箱（地址部分隐藏）")
    public void aCodeIsSentToTheEmailAddress() {
        worldAccount.assertCodeSentToEmail();
    }

    @Given("the buyer has opened a World Account")
    @Дано("покупатель открыл World Account")
    @Diyelimki("alıcı World hesabını açmış")
    @假如("买家已开通World账户")
    public void theBuyerHasOpenedAWorldAccount() {
        worldAccount.requireOpened(BuyersDsl.BUYER);
    }

    @When("the buyer creates the World Account with the code received")
    @Когда("покупатель создает World Account с полученным кодом")
    @Eğerki("alıcı gelen kodla World hesabını oluşturur")
    @当("买家用收到的验证码创建World账户")
    public void theBuyerCreatesTheAccount() {
        worldAccount.openWithReceivedCode();
    }

    @When("the buyer creates the World Account with the country of business {string}")
    @Когда("покупатель создает World Account, указав страну бизнеса {string}")
    @Eğerki("alıcı işletmenin ülkesi olarak {string} seçip World hesabını oluşturur")
    @当("买家选择业务所在国家{string}并创建World账户")
    public void theBuyerCreatesTheAccountInCountry(String country) {
        worldAccount.openWithCountry(country);
    }

    @When("the buyer creates the World Account with the password {string}")
    @Когда("покупатель создает World Account с паролем {string}")
    @Eğerki("alıcı {string} şifresiyle World hesabını oluşturur")
    @当("买家用密码{string}创建World账户")
    public void theBuyerCreatesTheAccountWithPassword(String password) {
        worldAccount.openWithPassword(password);
    }

    @When("the buyer creates the World Account with the invitation code {string}, wishing to receive market insights")
    @Когда("покупатель создает World Account с кодом приглашения {string} и соглашается получать обзоры рынка")
    @Eğerki("alıcı {string} davet koduyla ve piyasa analizlerini almak isteyerek World hesabını oluşturur")
    @当("买家填写邀请码{string}并勾选接收市场资讯，创建World账户")
    public void theBuyerCreatesTheAccountWithExtras(String invitationCode) {
        worldAccount.openWithExtras(invitationCode, true);
    }

    @When("the buyer creates the World Account without an invitation code or market insights")
    @Когда("покупатель создает World Account без кода приглашения и без обзоров рынка")
    @Eğerki("alıcı davet kodu girmeden ve piyasa analizlerini seçmeden World hesabını oluşturur")
    @当("买家不填邀请码、不勾选市场资讯，创建World账户")
    public void theBuyerCreatesTheAccountWithoutExtras() {
        worldAccount.openWithExtras(null, false);
    }

    @When("the buyer creates the World Account without agreeing to the terms")
    @Когда("покупатель создает World Account, не приняв условия")
    @Eğerki("alıcı koşulları kabul etmeden World hesabını oluşturur")
    @当("买家未同意条款就创建World账户")
    public void theBuyerCreatesTheAccountWithoutTheTerms() {
        worldAccount.openWithoutAcceptingTheTerms();
    }

    @When("the buyer creates the World Account with a wrong code")
    @Когда("покупатель создает World Account с неверным кодом")
    @Eğerki("alıcı yanlış bir kodla World hesabını oluşturmaya çalışır")
    @当("买家用错误的验证码创建World账户")
    public void theBuyerCreatesTheAccountWithAWrongCode() {
        worldAccount.openWithWrongCode(1);
    }

    @When("the buyer creates the World Account with a wrong code {int} times")
    @Когда("покупатель {int} раз/раза пытается создать World Account с неверным кодом")
    @Eğerki("alıcı {int} kez yanlış kodla World hesabını oluşturmaya çalışır")
    @当("买家连续{int}次用错误的验证码创建World账户")
    public void theBuyerCreatesTheAccountWithWrongCodes(int times) {
        worldAccount.openWithWrongCode(times);
    }

    @Then("the World Account is opened")
    @Тогда("World Account открыт")
    @Ozaman("World hesabı açılır")
    @那么("World账户开通成功")
    public void theWorldAccountIsOpened() {
        worldAccount.assertOpened();
    }

    @Then("the World Account is opened with market insights")
    @Тогда("World Account открыт с подпиской на обзоры рынка")
    @Ozaman("World hesabı piyasa analizleri seçili olarak açılır")
    @那么("World账户开通成功，并接收市场资讯")
    public void theWorldAccountIsOpenedWithInsights() {
        worldAccount.assertOpenedWithMarketInsights(true);
    }

    @Then("the World Account is opened without market insights")
    @Тогда("World Account открыт без подписки на обзоры рынка")
    @Ozaman("World hesabı piyasa analizleri seçilmeden açılır")
    @那么("World账户开通成功，不接收市场资讯")
    public void theWorldAccountIsOpenedWithoutInsights() {
        worldAccount.assertOpenedWithMarketInsights(false);
    }

    @Then("the World Account page tells the buyer why a World Account is needed")
    @Тогда("страница World Account объясняет покупателю, зачем нужен World Account")
    @Ozaman("World hesabı sayfası alıcıya World hesabının neden gerektiğini anlatır")
    @那么("World账户页面向买家说明为什么需要World账户")
    public void thePageTellsWhy() {
        worldAccount.assertWhyAWorldAccountIsExplained();
    }
}
