package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.Member1688ControlDsl;
import com.buyerjourneykit.dsl.MemberRegistrationDsl;
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

/** Guide section 2, "Register for a 1688 personal account", in en, ru, tr and zh-CN: one method per step. */
public class MemberRegistrationSteps {
    private final MemberRegistrationDsl member;
    private final Member1688ControlDsl accounts;

    public MemberRegistrationSteps(MemberRegistrationDsl member, Member1688ControlDsl accounts) {
        this.member = member;
        this.accounts = accounts;
    }

    @When("the buyer registers a 1688 personal account")
    @Когда("покупатель регистрирует личный кабинет 1688")
    @Eğerki("alıcı 1688 kişisel hesabını açar")
    @当("买家注册1688个人账户")
    public void theBuyerRegisters() {
        member.register();
    }

    @Given("the buyer has submitted the 1688 registration form")
    @Дано("покупатель отправил форму регистрации 1688")
    @Diyelimki("alıcı 1688 kayıt formunu göndermiş")
    @假如("买家已提交1688个人账户注册信息")
    public void theBuyerHasSubmittedTheForm() {
        member.requireCodeSent();
    }

    @Given("the buyer has registered a 1688 personal account")
    @Дано("покупатель зарегистрировал личный кабинет 1688")
    @Diyelimki("alıcı 1688 kişisel hesabını açmış")
    @假如("买家已注册1688个人账户")
    public void theBuyerHasRegistered() {
        member.requireRegistered();
    }

    @When("the buyer registers a 1688 personal account with a member name of {int} characters")
    @Когда("покупатель регистрирует личный кабинет 1688 с именем пользователя из {int} символа/символов")
    @Eğerki("alıcı {int} karakterlik bir üye adıyla 1688 kişisel hesabını açar")
    @当("买家用{int}个字符的会员名注册1688个人账户")
    public void theBuyerRegistersWithAMemberNameOfLength(int length) {
        member.registerWithMemberNameOfLength(length);
    }

    @When("the buyer registers a 1688 personal account with the member name {string}")
    @Когда("покупатель регистрирует личный кабинет 1688 с именем пользователя {string}")
    @Eğerki("alıcı {string} üye adıyla 1688 kişisel hesabını açar")
    @当("买家用会员名{string}注册1688个人账户")
    public void theBuyerRegistersWithTheMemberName(String memberName) {
        member.registerWithMemberName(memberName);
    }

    @When("the buyer registers a 1688 personal account with the password {string}")
    @Когда("покупатель регистрирует личный кабинет 1688 с паролем {string}")
    @Eğerki("alıcı {string} şifresiyle 1688 kişisel hesabını açar")
    @当("买家用登录密码{string}注册1688个人账户")
    public void theBuyerRegistersWithThePassword(String password) {
        member.registerWithPassword(password);
    }

    @When("the buyer registers a 1688 personal account confirming a different password")
    @Когда("покупатель регистрирует личный кабинет 1688, подтвердив другой пароль")
    @Eğerki("alıcı Şifre Tekrarı alanına farklı bir şifre yazarak 1688 kişisel hesabını açar")
    @当("买家注册1688个人账户时密码确认与登录密码不一致")
    public void theBuyerRegistersConfirmingADifferentPassword() {
        member.registerConfirmingADifferentPassword();
    }

    @When("the buyer registers a 1688 personal account with the mobile number {string} {string}")
    @Когда("покупатель регистрирует личный кабинет 1688 с номером мобильного телефона {string} {string}")
    @Eğerki("alıcı {string} {string} telefon numarasıyla 1688 kişisel hesabını açar")
    @当("买家用手机号码{string}{string}注册1688个人账户")
    public void theBuyerRegistersWithTheMobileNumber(String countryCode, String mobile) {
        member.registerWithMobile(countryCode, mobile);
    }

    @When("the buyer registers a 1688 personal account without ticking {string}")
    @Когда("покупатель регистрирует личный кабинет 1688, не отметив {string}")
    @Eğerki("alıcı {string} kutusunu işaretlemeden 1688 kişisel hesabını açar")
    @当("买家未勾选{string}就注册1688个人账户")
    public void theBuyerRegistersWithoutTicking(String consent) {
        member.registerWithout(consent);
    }

    @When("the buyer registers a 1688 personal account without touching the slider")
    @Когда("покупатель регистрирует личный кабинет 1688, не трогая ползунок")
    @Eğerki("alıcı kaydırıcıya dokunmadan 1688 kişisel hesabını açar")
    @当("买家未拖动滑块就注册1688个人账户")
    public void theBuyerRegistersWithoutTouchingTheSlider() {
        member.registerWithoutTouchingTheSlider();
    }

    @When("the buyer registers a 1688 personal account dragging the slider {int} of 300")
    @Когда("покупатель регистрирует личный кабинет 1688, перетащив ползунок на {int} из 300")
    @Eğerki("alıcı kaydırıcıyı 300 üzerinden {int} sürükleyerek 1688 kişisel hesabını açar")
    @当("买家把滑块拖动到{int}（共300）后注册1688个人账户")
    public void theBuyerRegistersDraggingTheSlider(int offset) {
        member.registerDraggingTheSliderTo(offset);
    }

    @When("the buyer registers a 1688 enterprise account with the business licence {string}")
    @Когда("покупатель регистрирует аккаунт компании 1688 с лицензией на ведение бизнеса {string}")
    @Eğerki("alıcı {string} ticari lisansıyla 1688 kurumsal hesabı açar")
    @当("买家用企业营业执照{string}进行1688企业账户注册")
    public void theBuyerRegistersAnEnterpriseAccount(String businessLicence) {
        member.registerEnterprise(businessLicence);
    }

    @Given("the 1688 member name {string} is already registered")
    @Дано("имя пользователя 1688 {string} уже зарегистрировано")
    @Diyelimki("{string} 1688 üye adı zaten kayıtlı")
    @假如("1688会员名{string}已被注册")
    public void theMemberNameIsAlreadyRegistered(String memberName) {
        accounts.memberNameTaken(memberName);
    }

    @When("the buyer enters the 1688 code received by SMS")
    @Когда("покупатель вводит код 1688 из SMS")
    @Eğerki("alıcı SMS ile gelen 1688 kodunu girer")
    @当("买家输入短信收到的1688校验码")
    public void theBuyerEntersTheReceivedCode() {
        member.enterReceivedCode();
    }

    @When("the buyer enters a wrong 1688 code")
    @Когда("покупатель вводит неверный код 1688")
    @Eğerki("alıcı yanlış bir 1688 kodu girer")
    @当("买家输入错误的1688校验码")
    public void theBuyerEntersAWrongCode() {
        member.enterWrongCode();
    }

    @When("the buyer enters the 1688 code {string}")
    @Когда("покупатель вводит код 1688 {string}")
    @Eğerki("alıcı {string} 1688 kodunu girer")
    @当("买家输入1688校验码{string}")
    public void theBuyerEntersTheCode(String code) {
        member.enterCode(code);
    }

    @When("the buyer enters the previous 1688 code")
    @Когда("покупатель вводит прежний код 1688")
    @Eğerki("alıcı önceki 1688 kodunu girer")
    @当("买家输入之前的1688校验码")
    public void theBuyerEntersThePreviousCode() {
        member.enterPreviousCode();
    }

    @When("the buyer asks 1688 to resend the code")
    @Когда("покупатель просит 1688 отправить код повторно")
    @Eğerki("alıcı 1688’den kodu tekrar göndermesini ister")
    @当("买家请1688重发校验码")
    public void theBuyerAsksToResendTheCode() {
        member.resendCode();
    }

    @Then("a 1688 code is sent to the buyer's mobile, valid for {int} minutes")
    @Тогда("код 1688 отправлен на мобильный покупателя и действителен {int} минуту/минуты/минут")
    @Ozaman("alıcının telefonuna {int} dakika geçerli bir 1688 kodu gönderilir")
    @那么("1688校验码已发送到买家的手机，{int}分钟内输入有效")
    public void aCodeIsSent(int validMinutes) {
        member.assertCodeSent(validMinutes);
    }

    @Then("a new 1688 code arrives by SMS")
    @Тогда("по SMS приходит новый код 1688")
    @Ozaman("SMS ile yeni bir 1688 kodu gelir")
    @那么("新的1688校验码通过短信送达")
    public void aNewCodeArrives() {
        member.assertNewCodeArrived();
    }

    @Then("the 1688 account is registered")
    @Тогда("аккаунт 1688 зарегистрирован")
    @Ozaman("1688 hesabı açılır")
    @那么("1688账户注册成功")
    public void theAccountIsRegistered() {
        member.assertRegistered();
    }

    @Then("the registration is refused because the member name is taken")
    @Тогда("регистрация отклонена, потому что имя пользователя занято")
    @Ozaman("üye adı alınmış olduğundan kayıt reddedilir")
    @那么("注册因会员名已被注册而被拒绝")
    public void refusedAsMemberNameTaken() {
        member.assertRefusedAs("member-name-taken");
    }

    @Then("the registration is refused because the slider was not dragged to the end")
    @Тогда("регистрация отклонена, потому что ползунок не перетащен до конца")
    @Ozaman("kaydırıcı en sağa sürüklenmediğinden kayıt reddedilir")
    @那么("注册因滑块未拖动到最右边而被拒绝")
    public void refusedAsSliderNotComplete() {
        member.assertRefusedAs("slider-not-complete");
    }

    @Then("the registration is refused because an enterprise account needs a Chinese business licence")
    @Тогда("регистрация отклонена, потому что для аккаунта компании нужна китайская лицензия на ведение бизнеса")
    @Ozaman("kurumsal hesap için Çin ticari lisansı gerektiğinden kayıt reddedilir")
    @那么("注册因企业账户需要中国企业营业执照而被拒绝")
    public void refusedAsLicenceRequired() {
        member.assertRefusedAs("enterprise-licence-required");
    }
}
