package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.AlipayControlDsl;
import com.buyerjourneykit.dsl.AlipayProfileDsl;
import com.buyerjourneykit.dsl.BuyersDsl;
import com.buyerjourneykit.dsl.Member1688ControlDsl;
import com.buyerjourneykit.dsl.MemberVerificationDsl;
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

/** "Verify your 1688 account with Alipay personal account", and an existing 1688 account (JRN-03), in four languages. */
public class MemberVerificationSteps {
    private final MemberVerificationDsl verification;
    private final AlipayControlDsl alipayControl;
    private final Member1688ControlDsl member1688Control;
    private final AlipayProfileDsl alipayProfile;

    public MemberVerificationSteps(MemberVerificationDsl verification, AlipayControlDsl alipayControl,
                                   Member1688ControlDsl member1688Control, AlipayProfileDsl alipayProfile) {
        this.verification = verification;
        this.alipayControl = alipayControl;
        this.member1688Control = member1688Control;
        this.alipayProfile = alipayProfile;
    }

    @Given("the buyer has completed an Alipay personal account")
    @Дано("покупатель завершил регистрацию личного кабинета Alipay")
    @Diyelimki("alıcı Alipay kişisel hesabını tamamlamış")
    @假如("买家已完成支付宝个人账户注册")
    public void theBuyerHasCompletedAnAlipayAccount() {
        alipayProfile.requireAccountComplete();
    }

    @Given("the buyer has opened an Alipay personal account directly with Alipay")
    @Дано("покупатель открыл личный кабинет Alipay напрямую в Alipay")
    @Diyelimki("alıcı Alipay kişisel hesabını doğrudan Alipay’de açmış")
    @假如("买家已直接在支付宝开通支付宝个人账户")
    public void theBuyerHasOpenedAnAlipayAccountWithAlipay() {
        alipayControl.completePersonalAccount(BuyersDsl.BUYER);
    }

    @Given("the buyer already has a 1688 account verified with Alipay")
    @Дано("у покупателя уже есть аккаунт 1688, подтвержденный через Alipay")
    @Diyelimki("alıcının Alipay ile doğrulanmış bir 1688 hesabı zaten var")
    @假如("买家已有一个已绑定已认证的1688账户")
    public void theBuyerHasAVerifiedAccount() {
        member1688Control.memberOfBuyer(true);
    }

    @Given("the buyer already has a 1688 account not yet verified with Alipay")
    @Дано("у покупателя уже есть аккаунт 1688, еще не подтвержденный через Alipay")
    @Diyelimki("alıcının Alipay ile henüz doğrulanmamış bir 1688 hesabı zaten var")
    @假如("买家已有一个尚未通过支付宝认证的1688账户")
    public void theBuyerHasAnUnverifiedAccount() {
        member1688Control.memberOfBuyer(false);
    }

    @When("the buyer verifies the 1688 account with Alipay")
    @Когда("покупатель подтверждает аккаунт 1688 с помощью Alipay")
    @Eğerki("alıcı 1688 hesabını Alipay ile doğrular")
    @当("买家在支付宝账户管理中认证1688账户")
    public void theBuyerVerifiesWithAlipay() {
        verification.verifyWithAlipay();
    }

    @When("the buyer signs in with the existing 1688 account")
    @Когда("покупатель входит с существующим аккаунтом 1688")
    @Eğerki("alıcı mevcut 1688 hesabıyla giriş yapar")
    @当("买家用已有的1688账户登录")
    public void theBuyerSignsIn() {
        verification.signInWithExistingAccount();
    }

    @When("the buyer signs in with the existing 1688 account and a wrong password")
    @Когда("покупатель входит с существующим аккаунтом 1688 и неверным паролем")
    @Eğerki("alıcı mevcut 1688 hesabıyla yanlış bir şifreyle giriş yapar")
    @当("买家用已有的1688账户和错误的登录密码登录")
    public void theBuyerSignsInWithAWrongPassword() {
        verification.signInWithAWrongPassword();
    }

    @Then("the 1688 account is bound and verified")
    @Тогда("аккаунт 1688 связан и проверен")
    @Ozaman("1688 hesabı bağlanır ve doğrulanır")
    @那么("1688账户状态为已绑定已认证")
    public void theAccountIsBoundAndVerified() {
        verification.assertBoundAndVerified();
    }

    @Then("the existing 1688 account is linked as already verified")
    @Тогда("существующий аккаунт 1688 привязан как уже подтвержденный")
    @Ozaman("mevcut 1688 hesabı zaten doğrulanmış olarak bağlanır")
    @那么("已有的1688账户已关联，且已认证")
    public void linkedAsVerified() {
        verification.assertLinked(true);
    }

    @Then("the existing 1688 account is linked as not yet verified")
    @Тогда("существующий аккаунт 1688 привязан как еще не подтвержденный")
    @Ozaman("mevcut 1688 hesabı henüz doğrulanmamış olarak bağlanır")
    @那么("已有的1688账户已关联，但尚未认证")
    public void linkedAsNotVerified() {
        verification.assertLinked(false);
    }

    @Then("signing in is refused as a wrong member name or password")
    @Тогда("вход отклонен: неверное имя пользователя или пароль")
    @Ozaman("üye adı ya da şifre yanlış olduğundan giriş reddedilir")
    @那么("登录因会员名或登录密码错误而被拒绝")
    public void signingInIsRefused() {
        verification.assertSignInRefused();
    }

    @Then("the buyer's journey shows the Alipay account {status} and the 1688 account {status}")
    @Тогда("в пути покупателя личный кабинет Alipay — {status}, аккаунт 1688 — {status}")
    @Ozaman("alıcının yolculuğunda Alipay hesabı {status}, 1688 hesabı {status} görünür")
    @那么("买家的流程显示支付宝个人账户为{status}，1688账户为{status}")
    public void theJourneyShows(String alipayAccount, String memberAccount) {
        verification.assertJourneyShows(alipayAccount, memberAccount);
    }
}
