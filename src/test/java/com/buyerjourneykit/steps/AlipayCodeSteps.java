package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.AlipayCodeDsl;
import com.buyerjourneykit.dsl.BuyersDsl;
import com.buyerjourneykit.dsl.JourneyDsl;
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

/** Guide section 1, "Enter code for account verification", in en, ru, tr and zh-CN: one method per step. */
public class AlipayCodeSteps {
    private final AlipayCodeDsl alipay;
    private final JourneyDsl journey;

    public AlipayCodeSteps(AlipayCodeDsl alipay, JourneyDsl journey) {
        this.alipay = alipay;
        this.journey = journey;
    }

    @Then("Alipay reports the code as sent")
    @Тогда("Alipay сообщает, что код отправлен")
    @Ozaman("Alipay kodun gönderildiğini bildirir")
    @那么("支付宝提示校验码已发送")
    public void alipayReportsTheCodeAsSent() {
        alipay.assertCodeSent();
    }

    @Given("another buyer with a {string} mobile number has asked Alipay for a verification code")
    @Дано("другой покупатель с мобильным номером {string} запросил код подтверждения Alipay")
    @Diyelimki("telefon numarası {string} ile başlayan başka bir alıcı Alipay’den doğrulama kodu istemiş")
    @假如("另一位使用{string}手机号码的买家已向支付宝申请了校验码")
    public void anotherBuyerHasAskedForACode(String countryCode) {
        alipay.requireOtherBuyerHasACode(countryCode);
    }

    @Given("the buyer has asked Alipay for a verification code")
    @Дано("покупатель запросил код подтверждения Alipay")
    @Diyelimki("alıcı Alipay’den doğrulama kodu istemiş")
    @假如("买家已向支付宝申请了校验码")
    public void theBuyerHasAskedForACode() {
        alipay.requireCodeSent(BuyersDsl.BUYER);
    }

    @When("the buyer asks Alipay for a verification code")
    @Когда("покупатель запрашивает код подтверждения Alipay")
    @Eğerki("alıcı Alipay’den doğrulama kodu ister")
    @当("买家向支付宝申请校验码")
    public void theBuyerAsksForACode() {
        alipay.requestCode(BuyersDsl.BUYER);
    }

    @When("the buyer asks Alipay for a new code")
    @Когда("покупатель запрашивает новый код")
    @Eğerki("alıcı yeni bir kod ister")
    @当("买家申请重发校验码")
    public void theBuyerAsksForANewCode() {
        alipay.requestCode(BuyersDsl.BUYER);
    }

    @When("someone asks Alipay for a verification code for {string} {string}")
    @Когда("кто-то запрашивает код подтверждения Alipay для {string} {string}")
    @Eğerki("biri {string} {string} numarasına Alipay’den doğrulama kodu ister")
    @当("有人用手机号码{string}{string}向支付宝申请校验码")
    public void someoneAsksForACodeFor(String countryCode, String mobile) {
        journey.startWithMobile(countryCode, mobile);
    }

    @Given("the buyer has entered the code received by SMS")
    @Дано("покупатель ввел код из SMS")
    @Diyelimki("alıcı SMS ile gelen kodu girmiş")
    @假如("买家已输入短信收到的校验码")
    public void theBuyerHasEnteredTheReceivedCode() {
        alipay.requireReceivedCodeAccepted();
    }

    @When("the buyer enters the code received by SMS")
    @Когда("покупатель вводит код из SMS")
    @Eğerki("alıcı SMS ile gelen kodu girer")
    @当("买家输入短信收到的校验码")
    public void theBuyerEntersTheReceivedCode() {
        alipay.enterReceivedCode();
    }

    @When("the buyer enters the previous code")
    @Когда("покупатель вводит прежний код")
    @Eğerki("alıcı önceki kodu girer")
    @当("买家输入之前的校验码")
    public void theBuyerEntersThePreviousCode() {
        alipay.enterPreviousCode();
    }

    @When("the buyer enters the code the other buyer received")
    @Когда("покупатель вводит код, полученный другим покупателем")
    @Eğerki("alıcı diğer alıcıya gelen kodu girer")
    @当("买家输入另一位买家收到的校验码")
    public void theBuyerEntersTheOtherBuyersCode() {
        alipay.enterCodeReceivedBy(BuyersDsl.OTHER_BUYER);
    }

    @When("the buyer enters a wrong code")
    @Когда("покупатель вводит неверный код")
    @Eğerki("alıcı yanlış bir kod girer")
    @当("买家输入错误的校验码")
    public void theBuyerEntersAWrongCode() {
        alipay.enterWrongCode();
    }

    @When("the buyer enters a wrong code {int} times")
    @Given("the buyer has entered a wrong code {int} times")
    @Когда("покупатель {int} раз/раза подряд вводит неверный код")
    @Дано("покупатель {int} раз/раза подряд ввел неверный код")
    @Eğerki("alıcı {int} kez yanlış kod girer")
    @Diyelimki("alıcı {int} kez yanlış kod girmiş")
    @当("买家连续输入错误的校验码{int}次")
    @假如("买家已连续输入错误的校验码{int}次")
    public void theBuyerEntersAWrongCodeTimes(int times) {
        alipay.enterWrongCodeTimes(times);
    }

    @When("the buyer enters the code {string}")
    @Когда("покупатель вводит код {string}")
    @Eğerki("alıcı {string} kodunu girer")
    @当("买家输入校验码{string}")
    public void theBuyerEntersTheCode(String code) {
        alipay.enterCode(code);
    }

    @Then("the code is accepted")
    @Тогда("код принят")
    @Ozaman("kod kabul edilir")
    @那么("校验码被接受")
    public void theCodeIsAccepted() {
        alipay.assertAccepted();
    }

    @Then("the code is refused as wrong with {int} attempts left")
    @Тогда("код отклонен как неверный, осталось/осталась {int} попытка/попытки/попыток")
    @Ozaman("kod yanlış olduğu için reddedilir, {int} deneme hakkı kalır")
    @那么("校验码错误被拒绝，还可再试{int}次")
    @那么("验证码错误被拒绝，还可再试{int}次")
    public void theCodeIsRefusedAsWrong(int attemptsLeft) {
        alipay.assertRefusedAsWrong(attemptsLeft);
    }

    @Then("the code is refused as expired")
    @Тогда("код отклонен как просроченный")
    @Ozaman("süresi dolduğu için kod reddedilir")
    @那么("校验码已过期，被拒绝")
    @那么("验证码已过期，被拒绝")
    public void theCodeIsRefusedAsExpired() {
        alipay.assertRefusedAs("code-expired");
    }

    @Then("the code is refused as already used")
    @Тогда("код отклонен как уже использованный")
    @Ozaman("kod daha önce kullanıldığı için reddedilir")
    @那么("校验码已使用过，被拒绝")
    public void theCodeIsRefusedAsUsed() {
        alipay.assertRefusedAs("code-used");
    }

    @Then("the code is refused as locked")
    @Тогда("код отклонен как заблокированный")
    @Ozaman("kod kilitlendiği için reddedilir")
    @那么("校验码已锁定，被拒绝")
    @那么("验证码已锁定，被拒绝")
    public void theCodeIsRefusedAsLocked() {
        alipay.assertRefusedAs("code-locked");
    }

    @Then("the code is refused because no code was requested for this mobile number")
    @Тогда("код отклонен, потому что для этого номера код не запрашивался")
    @Ozaman("bu numara için kod istenmediğinden kod reddedilir")
    @那么("校验码被拒绝，因为该手机号码未申请过校验码")
    public void theCodeIsRefusedAsNotRequested() {
        alipay.assertRefusedAs("no-code-requested");
    }

    @Then("the new code is refused with {int} seconds left on the countdown")
    @Тогда("новый код не отправлен, повторить запрос можно через {int} с/секунду/секунды/секунд")
    @Ozaman("yeni kod isteği reddedilir, geri sayımın bitmesine {int} saniye var")
    @那么("重发被拒绝，还需等待{int}秒")
    public void theNewCodeIsRefused(int secondsLeft) {
        alipay.assertNewCodeRefused(secondsLeft);
    }

    @Then("a new code arrives by SMS")
    @Тогда("по SMS приходит новый код")
    @Ozaman("SMS ile yeni bir kod gelir")
    @那么("新的校验码通过短信送达")
    public void aNewCodeArrives() {
        alipay.assertNewCodeArrived();
    }

}
