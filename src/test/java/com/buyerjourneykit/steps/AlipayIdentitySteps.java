package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.AlipayProfileDsl;
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

/** Guide section 1, "Verify Identity" in Alipay's Verification Center, in en, ru, tr and zh-CN: one method per step. */
public class AlipayIdentitySteps {
    private final AlipayProfileDsl account;

    public AlipayIdentitySteps(AlipayProfileDsl account) {
        this.account = account;
    }

    @Given("the buyer has confirmed their mobile number with Alipay")
    @Дано("покупатель подтвердил свой мобильный номер в Alipay")
    @Diyelimki("alıcı telefon numarasını Alipay’de doğrulamış")
    @假如("买家已在支付宝验证了手机号码")
    public void theBuyerHasConfirmedTheirMobile() {
        account.requireMobileConfirmed();
    }

    @Given("the buyer has verified their identity")
    @Дано("покупатель подтвердил свою личность")
    @Diyelimki("alıcı kimliğini doğrulamış")
    @假如("买家已完成身份认证")
    public void theBuyerHasVerifiedTheirIdentity() {
        account.requireIdentityVerified();
    }

    @When("the buyer verifies their identity")
    @Когда("покупатель подтверждает свою личность")
    @Eğerki("alıcı kimliğini doğrular")
    @当("买家进行身份认证")
    public void theBuyerVerifiesTheirIdentity() {
        account.verifyIdentity();
    }

    @When("the buyer verifies their identity with {string} {string}")
    @Когда("покупатель подтверждает свою личность, указав в поле {string} значение {string}")
    @Eğerki("alıcı kimliğini {string} alanına {string} girerek doğrular")
    @当("买家进行身份认证，{string}填写{string}")
    public void theBuyerVerifiesTheirIdentityWith(String field, String value) {
        account.verifyIdentityWith(field, value);
    }

    @Then("the identity is verified")
    @Тогда("личность подтверждена")
    @Ozaman("kimlik doğrulanır")
    @那么("身份认证成功")
    public void theIdentityIsVerified() {
        account.assertIdentityVerified();
    }

    @Then("the Verification Center does not verify the identity")
    @Тогда("Центр верификации не подтверждает личность")
    @Ozaman("Doğrulama Merkezi kimliği doğrulamaz")
    @那么("认证中心未通过身份认证")
    public void theVerificationCenterDoesNotVerifyTheIdentity() {
        account.assertIdentityNotVerified();
    }
}
