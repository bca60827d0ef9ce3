package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.CurrencyConversionDsl;
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

/** Guide section 4B, "Select Convert to convert funds into CNH", in en, ru, tr and zh-CN. */
public class CurrencyConversionSteps {
    private final CurrencyConversionDsl conversion;
    private final WorldFirstControlDsl worldFirst;

    public CurrencyConversionSteps(CurrencyConversionDsl conversion, WorldFirstControlDsl worldFirst) {
        this.conversion = conversion;
        this.worldFirst = worldFirst;
    }

    @Given("WorldFirst quotes {string} to {string} at {string}")
    @Дано("WorldFirst котирует {string} к {string} по курсу {string}")
    @Diyelimki("WorldFirst {string} ile {string} arasındaki kuru {string} olarak veriyor")
    @假如("万里汇的{string}兑{string}汇率为{string}")
    public void worldFirstQuotes(String sellCurrency, String buyCurrency, String rate) {
        worldFirst.quotes(sellCurrency, buyCurrency, rate);
    }

    @Given("WorldFirst will convert the next time but answer that the result is unknown")
    @Дано("WorldFirst выполнит следующую конвертацию, но ответит, что результат неизвестен")
    @Diyelimki("WorldFirst sonraki dönüşümü yapacak ama sonucun bilinmediğini yanıtlayacak")
    @假如("万里汇下一次兑换会成功，但返回结果未知")
    public void worldFirstWillAnswerUnknown() {
        worldFirst.nextConversionAnswersUnknownAfterConverting();
    }

    @When("the buyer asks to convert {string} {string} into {string}")
    @Given("the buyer has asked to convert {string} {string} into {string}")
    @Когда("покупатель хочет конвертировать {string} {string} в {string}")
    @Дано("покупатель запросил конвертацию {string} {string} в {string}")
    @Eğerki("alıcı {string} {string} tutarını {string} para birimine çevirmek ister")
    @Diyelimki("alıcı {string} {string} tutarını {string} para birimine çevirmek istemiş")
    @当("买家申请将{string}{string}兑换为{string}")
    @假如("买家已申请将{string}{string}兑换为{string}")
    public void theBuyerAsksToConvert(String amount, String sellCurrency, String buyCurrency) {
        conversion.quoteToSell(amount, sellCurrency, buyCurrency);
    }

    @When("the buyer asks to buy {string} {string} with {string}")
    @Когда("покупатель хочет получить {string} {string} за {string}")
    @Eğerki("alıcı {string} {string} almak için {string} karşılığında kur teklifi ister")
    @当("买家申请兑换得到{string}{string}，以{string}支付")
    public void theBuyerAsksToBuy(String amount, String buyCurrency, String sellCurrency) {
        conversion.quoteToBuy(amount, buyCurrency, sellCurrency);
    }

    @Then("the quote is {string} {string} for {string} {string} at the rate {string}")
    @Тогда("в котировке {string} {string} обмениваются на {string} {string} по курсу {string}")
    @Ozaman("teklife göre {string} {string} karşılığında {string} {string} alınır, kur {string}")
    @那么("报价为{string}{string}兑换{string}{string}，汇率{string}")
    public void theQuoteIs(String sellAmount, String sellCurrency, String buyAmount, String buyCurrency, String rate) {
        conversion.assertQuote(sellAmount, sellCurrency, buyAmount, buyCurrency, rate);
    }

    @Then("the quote can be confirmed within 60 seconds")
    @Тогда("котировку можно подтвердить в течение 60 секунд")
    @Ozaman("teklif 60 saniye içinde onaylanabilir")
    @那么("报价须在60秒内确认")
    public void theQuoteLivesAMinute() {
        conversion.assertQuoteLivesAMinute();
    }

    @When("the buyer confirms the quote")
    @Когда("покупатель подтверждает котировку")
    @Eğerki("alıcı teklifi onaylar")
    @当("买家确认报价")
    public void theBuyerConfirms() {
        conversion.confirm();
    }

    @When("the buyer confirms the quote again")
    @Когда("покупатель подтверждает котировку еще раз")
    @Eğerki("alıcı teklifi tekrar onaylar")
    @当("买家再次确认同一报价")
    public void theBuyerConfirmsAgain() {
        conversion.confirmAgain();
    }

    /** The answer names the amounts; the currencies are the quote's. */
    @Then("{string} {string} are converted into {string} {string}")
    @Тогда("{string} {string} конвертированы в {string} {string}")
    @Ozaman("{string} {string}, {string} {string} tutarına çevrilir")
    @那么("{string}{string}已兑换为{string}{string}")
    public void moneyIsConverted(String sellAmount, String sellCurrency, String buyAmount, String buyCurrency) {
        conversion.assertConverted(sellAmount, buyAmount);
    }

    @Then("the same conversion is answered again")
    @Тогда("в ответ приходит та же конвертация")
    @Ozaman("yanıt olarak aynı dönüşüm gelir")
    @那么("返回的仍是同一笔兑换")
    public void theSameConversionIsAnswered() {
        conversion.assertConvertedOnce();
    }

    @Then("the conversion is refused because the quote has expired")
    @Тогда("конвертация отклонена, потому что срок котировки истек")
    @Ozaman("teklifin süresi dolduğundan dönüşüm reddedilir")
    @那么("兑换被拒绝，因为报价已过期")
    public void refusedAsExpired() {
        conversion.assertRefusedAs("quote-expired");
    }

    @Then("the conversion is refused because the balance is not enough")
    @Тогда("конвертация отклонена, потому что на балансе недостаточно средств")
    @Ozaman("bakiye yetersiz olduğundan dönüşüm reddedilir")
    @那么("兑换被拒绝，因为余额不足")
    public void refusedAsBalanceNotEnough() {
        conversion.assertRefusedAs("balance-not-enough");
    }

    @Then("the request is refused because WorldFirst does not support the currency")
    @Тогда("запрос отклонен, потому что WorldFirst не поддерживает эту валюту")
    @Ozaman("WorldFirst bu para birimini desteklemediğinden istek reddedilir")
    @那么("请求被拒绝，因为万里汇不支持该币种")
    public void refusedAsCurrencyNotSupported() {
        conversion.assertRefusedAs("currency-not-supported");
    }
}
