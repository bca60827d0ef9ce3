package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.Member1688ControlDsl;
import com.buyerjourneykit.dsl.WorldFirstControlDsl;
import com.buyerjourneykit.dsl.WorldPayAuthorisationDsl;
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

/** Guide section 4A, "Authorise your 1688 account with WorldFirst", and the FAQ's linking rules, in four languages. */
public class WorldPayAuthorisationSteps {
    private final WorldPayAuthorisationDsl authorisation;
    private final Member1688ControlDsl members;
    private final WorldFirstControlDsl worldFirst;

    public WorldPayAuthorisationSteps(WorldPayAuthorisationDsl authorisation, Member1688ControlDsl members,
                                      WorldFirstControlDsl worldFirst) {
        this.authorisation = authorisation;
        this.members = members;
        this.worldFirst = worldFirst;
    }

    @Given("the buyer has a 1688 account {string} verified with Alipay")
    @Дано("у покупателя есть аккаунт 1688 {string}, подтвержденный через Alipay")
    @Diyelimki("alıcının Alipay ile doğrulanmış {string} adlı bir 1688 hesabı var")
    @假如("买家有一个已通过支付宝认证的1688账户{string}")
    public void theBuyerHasAVerifiedAccount(String id) {
        members.memberOfBuyerNamed(id, true);
    }

    @Given("the buyer has a 1688 account {string} not yet verified with Alipay")
    @Дано("у покупателя есть аккаунт 1688 {string}, еще не подтвержденный через Alipay")
    @Diyelimki("alıcının Alipay ile henüz doğrulanmamış {string} adlı bir 1688 hesabı var")
    @假如("买家有一个尚未通过支付宝认证的1688账户{string}")
    public void theBuyerHasAnUnverifiedAccount(String id) {
        members.memberOfBuyerNamed(id, false);
    }

    @Given("the 1688 ID {string} is linked to an Alipay International account")
    @Дано("ID 1688 {string} привязан к аккаунту Alipay International")
    @Diyelimki("{string} 1688 ID’si bir Alipay International hesabına bağlı")
    @假如("1688账号{string}已关联国际支付宝（Alipay International）账户")
    public void theIdIsLinkedToAlipayInternational(String id) {
        worldFirst.linkToAlipayInternational(id);
    }

    @When("the buyer unlinks the 1688 ID {string} from Alipay International")
    @Когда("покупатель отвязывает ID 1688 {string} от Alipay International")
    @Eğerki("alıcı {string} 1688 ID’sinin Alipay International bağlantısını kaldırır")
    @当("买家在国际支付宝解除1688账号{string}的关联")
    public void theBuyerUnlinksFromAlipayInternational(String id) {
        worldFirst.unlinkFromAlipayInternational(id);
    }

    @When("the buyer authorises the 1688 ID {string} with WorldFirst")
    @Когда("покупатель авторизует ID 1688 {string} в WorldFirst")
    @Eğerki("alıcı {string} 1688 ID’sini WorldFirst’te yetkilendirir")
    @当("买家在万里汇授权1688账号{string}")
    public void theBuyerAuthorises(String id) {
        authorisation.authorise(id);
    }

    @When("the buyer authorises the 1688 ID {string} without agreeing to the agreement")
    @Когда("покупатель авторизует ID 1688 {string}, не приняв соглашение")
    @Eğerki("alıcı sözleşmeyi onaylamadan {string} 1688 ID’sini yetkilendirir")
    @当("买家未同意协议就授权1688账号{string}")
    public void theBuyerAuthorisesWithoutTheAgreement(String id) {
        authorisation.authoriseWithoutTheAgreement(id);
    }

    @Given("the buyer has authorised the 1688 ID {string} with WorldFirst")
    @Дано("покупатель авторизовал ID 1688 {string} в WorldFirst")
    @Diyelimki("alıcı {string} 1688 ID’sini WorldFirst’te yetkilendirmiş")
    @假如("买家已在万里汇授权1688账号{string}")
    public void theBuyerHasAuthorised(String id) {
        authorisation.requireAuthorised(id);
    }

    @Given("another buyer has authorised the 1688 ID {string} with their own World Account")
    @Дано("другой покупатель авторизовал ID 1688 {string} в своем World Account")
    @Diyelimki("başka bir alıcı {string} 1688 ID’sini kendi World hesabında yetkilendirmiş")
    @假如("另一位买家已在自己的World账户中授权1688账号{string}")
    public void anotherBuyerHasAuthorised(String id) {
        authorisation.otherBuyerHasAuthorised(id);
    }

    @Then("a 6-digit code is sent to the buyer's masked mobile to confirm the authorisation")
    @Тогда("на мобильный покупателя отправлен 6-значный код для подтверждения авторизации, номер скрыт")
    @Ozaman("yetkilendirmeyi onaylamak için alıcının maskelenerek gösterilen telefon numarasına 6 haneli bir kod gönderilir")
    @那么("6位验证码已发送到买家的手机（号码部分隐藏），用于确认授权")
    public void aCodeIsSent() {
        authorisation.assertCodeSent();
    }

    @Then("no personal information of the 1688 account is shown")
    @Тогда("личные данные аккаунта 1688 не показываются")
    @Ozaman("1688 hesabının kişisel bilgileri gösterilmez")
    @那么("不显示1688账户的个人信息")
    public void noPersonalInformationIsShown() {
        authorisation.assertNoPersonalDetailsShown();
    }

    @When("the buyer confirms the authorisation with the code received")
    @Когда("покупатель подтверждает авторизацию полученным кодом")
    @Eğerki("alıcı gelen kodla yetkilendirmeyi onaylar")
    @当("买家输入收到的验证码确认授权")
    public void theBuyerConfirms() {
        authorisation.confirmWithReceivedCode();
    }

    @When("the buyer confirms the authorisation with a wrong code")
    @Когда("покупатель подтверждает авторизацию неверным кодом")
    @Eğerki("alıcı yanlış bir kodla yetkilendirmeyi onaylamaya çalışır")
    @当("买家输入错误的验证码确认授权")
    public void theBuyerConfirmsWithAWrongCode() {
        authorisation.confirmWithWrongCode(1);
    }

    @When("the buyer confirms the authorisation with a wrong code {int} times")
    @Когда("покупатель {int} раз/раза вводит неверный код авторизации")
    @Eğerki("alıcı {int} kez yanlış kodla yetkilendirmeyi onaylamaya çalışır")
    @当("买家连续{int}次输入错误的验证码确认授权")
    public void theBuyerConfirmsWithWrongCodes(int times) {
        authorisation.confirmWithWrongCode(times);
    }

    @When("the buyer asks WorldFirst to resend the authorisation code")
    @Когда("покупатель просит WorldFirst отправить код авторизации повторно")
    @Eğerki("alıcı WorldFirst’ten yetkilendirme kodunu tekrar göndermesini ister")
    @当("买家请万里汇重发授权验证码")
    public void theBuyerAsksToResend() {
        authorisation.resendCode();
    }

    @Then("World Pay is activated for the 1688 ID {string}")
    @Тогда("для ID 1688 {string} подключен сервис World Pay \\(跨境宝\\)")
    @Ozaman("{string} 1688 ID’si için World Pay \\(跨境宝\\) hizmeti etkinleştirilir")
    @那么("1688账号{string}已成功开通World Pay（跨境宝）服务")
    public void worldPayIsActivated(String id) {
        authorisation.assertActivated(id);
    }

    @Then("the buyer's linked 1688.com accounts are {string}")
    @Тогда("в разделе «Управление аккаунтами 1688.com» у покупателя указаны {string}")
    @Ozaman("alıcının World hesabına bağlı 1688.com hesapları: {string}")
    @那么("买家的“管理1688.com账户”中列出{string}")
    public void theLinkedAccountsAre(String ids) {
        authorisation.assertLinked(ids);
    }

    @Then("the authorisation is refused because the 1688 ID is linked to another World Account")
    @Тогда("авторизация отклонена, потому что ID 1688 уже привязан к другому World Account")
    @Ozaman("1688 ID’si başka bir World hesabına bağlı olduğundan yetkilendirme reddedilir")
    @那么("授权被拒绝，因为该1688账号已关联其他World账户")
    public void refusedAsLinkedElsewhere() {
        authorisation.assertRefusedAs("linked-to-another-world-account");
    }

    @Then("the authorisation is refused because the 1688 ID is already authorised")
    @Тогда("авторизация отклонена, потому что этот ID 1688 уже авторизован")
    @Ozaman("1688 ID’si zaten yetkilendirilmiş olduğundan yetkilendirme reddedilir")
    @那么("授权被拒绝，因为该1688账号已授权")
    public void refusedAsAlreadyAuthorised() {
        authorisation.assertRefusedAs("already-authorised");
    }

    @Then("the authorisation is refused because the 1688 account has not completed Alipay verification")
    @Тогда("авторизация отклонена, потому что аккаунт 1688 не прошел верификацию в Alipay")
    @Ozaman("1688 hesabı Alipay doğrulamasını tamamlamadığından yetkilendirme reddedilir")
    @那么("授权被拒绝，因为该1688账户尚未完成支付宝认证")
    public void refusedAsNotVerified() {
        authorisation.assertRefusedAs("member-not-verified-by-alipay");
    }

    @Then("the authorisation is refused because the 1688 ID is linked to Alipay International")
    @Тогда("авторизация отклонена, потому что ID 1688 привязан к Alipay International")
    @Ozaman("1688 ID’si Alipay International’a bağlı olduğundan yetkilendirme reddedilir")
    @那么("授权被拒绝，因为该1688账号已关联国际支付宝")
    public void refusedAsLinkedToAlipayInternational() {
        authorisation.assertRefusedAs("linked-to-alipay-international");
    }
}
