package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.ReceivingAccountDsl;
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

/** Guide section 4B, receiving accounts, money arriving and balances, in en, ru, tr and zh-CN. */
public class ReceivingAccountSteps {
    private final ReceivingAccountDsl accounts;
    private final WorldFirstControlDsl worldFirst;

    public ReceivingAccountSteps(ReceivingAccountDsl accounts, WorldFirstControlDsl worldFirst) {
        this.accounts = accounts;
        this.worldFirst = worldFirst;
    }

    @When("the buyer previews a {string} receiving account named {string}")
    @Когда("покупатель просматривает приемный счет в {string} с названием {string}")
    @Eğerki("alıcı {string} para biriminde, {string} adlı ödeme alma hesabını önizler")
    @当("买家预览{string}收款账户，账户名称为{string}")
    public void theBuyerPreviews(String currency, String name) {
        accounts.preview(currency, name);
    }

    @Then("the preview shows a {string} receiving account named {string} at {string} in {string}")
    @Тогда("предпросмотр показывает приемный счет в {string} с названием {string} в банке {string}, {string}")
    @Ozaman("önizleme {string} para birimli, {string} adlı hesabı {string} bankasında, {string} konumunda gösterir")
    @那么("预览显示{string}收款账户，名称为{string}，开户银行为{string}，所在地为{string}")
    public void thePreviewShows(String currency, String name, String bank, String location) {
        accounts.assertPreview(currency, name, bank, location);
    }

    @Then("the preview says only {string} is collected and funds in other currencies are returned")
    @Тогда("предпросмотр сообщает, что принимаются только {string}, а средства в других валютах возвращаются")
    @Ozaman("önizleme yalnızca {string} tahsil edildiğini, diğer para birimlerindeki fonların iade edildiğini söyler")
    @那么("预览说明仅可收取{string}，其他币种的资金将被退回")
    public void thePreviewSaysWhatIsCollected(String currency) {
        accounts.assertPreviewCollectsOnly(currency);
    }

    @Then("the preview lists the collection methods {string}, taking {string} days")
    @Тогда("предпросмотр перечисляет способы зачисления {string} со сроком {string} дня")
    @Ozaman("önizleme {string} tahsilat yöntemlerini ve {string} günlük süreyi listeler")
    @那么("预览列出收款方式{string}，到账需{string}天")
    public void thePreviewListsTheMethods(String methods, String days) {
        accounts.assertPreviewMethods(methods, days);
    }

    @Then("the buyer has no receiving account yet")
    @Тогда("у покупателя пока нет ни одного приемного счета")
    @Ozaman("alıcının henüz bir ödeme alma hesabı yok")
    @那么("买家尚未创建任何收款账户")
    public void theBuyerHasNoReceivingAccount() {
        accounts.assertNoReceivingAccount();
    }

    @When("the buyer creates a {string} receiving account named {string}")
    @Когда("покупатель создает приемный счет в {string} с названием {string}")
    @Eğerki("alıcı {string} para biriminde {string} adlı bir ödeme alma hesabı oluşturur")
    @当("买家创建{string}收款账户，账户名称为{string}")
    public void theBuyerCreates(String currency, String name) {
        accounts.create(currency, name);
    }

    @Given("the buyer has created a {string} receiving account")
    @Дано("покупатель создал приемный счет в {string}")
    @Diyelimki("alıcı {string} para biriminde bir ödeme alma hesabı oluşturmuş")
    @假如("买家已创建{string}收款账户")
    public void theBuyerHasCreated(String currency) {
        accounts.requireCreated(currency);
    }

    @Then("the {string} receiving account is created and active, with a 12-digit account number")
    @Тогда("приемный счет в {string} создан и активен, номер счета из 12 цифр")
    @Ozaman("{string} ödeme alma hesabı 12 haneli bir hesap numarasıyla oluşturulur ve etkinleşir")
    @那么("{string}收款账户已即时创建并生效，账号为12位数字")
    public void theAccountIsCreated(String currency) {
        accounts.assertCreated(currency);
    }

    @When("the buyer sends the same {string} receiving account request again")
    @Когда("покупатель повторно отправляет тот же запрос на приемный счет в {string}")
    @Eğerki("alıcı aynı {string} ödeme alma hesabı isteğini tekrar gönderir")
    @当("买家再次提交同一个{string}收款账户申请")
    public void theBuyerSendsTheSameRequestAgain(String currency) {
        accounts.createAgain(currency);
    }

    @Then("the same {string} receiving account is answered")
    @Тогда("в ответ приходит тот же приемный счет в {string}")
    @Ozaman("yanıt olarak aynı {string} ödeme alma hesabı gelir")
    @那么("返回的仍是同一个{string}收款账户")
    public void theSameAccountIsAnswered(String currency) {
        accounts.assertSameAccountAsBefore(currency);
    }

    @When("{string} {string} is paid into the buyer's {string} receiving account")
    @Когда("платеж {string} {string} поступает на приемный счет покупателя в {string}")
    @Eğerki("{string} {string} tutarında bir ödeme alıcının {string} ödeme alma hesabına yatırılır")
    @当("{string}{string}汇入买家的{string}收款账户")
    public void moneyIsPaidIn(String amount, String currency, String accountCurrency) {
        worldFirst.paymentArrives(amount, currency, accountCurrency);
    }

    @Then("WorldFirst credits the payment")
    @Тогда("WorldFirst зачисляет платеж")
    @Ozaman("WorldFirst ödemeyi hesaba geçirir")
    @那么("万里汇入账该笔款项")
    public void worldFirstCreditsThePayment() {
        worldFirst.assertPaymentCredited();
    }

    @Then("WorldFirst returns the payment")
    @Тогда("WorldFirst возвращает платеж")
    @Ozaman("WorldFirst ödemeyi iade eder")
    @那么("万里汇退回该笔款项")
    public void worldFirstReturnsThePayment() {
        worldFirst.assertPaymentReturned();
    }

    @Then("WorldFirst's notice of the funds to the {string} receiving account is acknowledged")
    @Тогда("приложение подтверждает получение уведомления WorldFirst о зачислении на приемный счет в {string}")
    @Ozaman("WorldFirst’ün {string} ödeme alma hesabına gelen fonlarla ilgili bildirimi uygulama tarafından onaylanır")
    @那么("应用已确认收到万里汇关于{string}收款账户到账的通知")
    public void theNoticeIsAcknowledged(String accountCurrency) {
        worldFirst.assertFundsNoticeAcknowledged(accountCurrency);
    }

    @Then("the buyer's {string} balance is {string}")
    @Тогда("баланс покупателя в {string} составляет {string}")
    @Ozaman("alıcının {string} bakiyesi {string}")
    @那么("买家的{string}余额为{string}")
    public void theBalanceIs(String currency, String amount) {
        accounts.assertBalance(currency, amount);
    }

    @Given("the buyer has received {string} {string} into the World Account")
    @Дано("покупатель получил {string} {string} на World Account")
    @Diyelimki("alıcının World hesabına {string} {string} gelmiş")
    @假如("买家的World账户已收到{string}{string}")
    public void theBuyerHasReceivedMoney(String amount, String currency) {
        accounts.requireMoney(amount, currency);
    }
}
