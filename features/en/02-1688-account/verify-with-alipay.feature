# language: en
@section-2 @1688
Feature: 1688 account — verify your 1688 account with Alipay personal account
  Verify your 1688 account with Alipay personal account: 1. Click Alipay account management
  (支付宝账户管理), 2. Select '现在去认证' to verify your account. Once your status has been
  authenticated '已绑定已认证', you can start to authorise your 1688 account with WorldFirst to
  make 1688 payments.

  Why do you need to register for an Alipay personal account? An Alipay personal account is
  necessary for verification of 1688 account, if 1688 account is already verified you may skip
  this. A buyer who already has a verified 1688 account signs in with it, and the Alipay step is
  skipped; a buyer who opened the Alipay personal account directly with Alipay needs no second one.

  Background:
    Given a buyer with a "+60" mobile number
    And the buyer has started the journey

  @SCN-VER-01 @REG-02 @REG-04 @REG-05 @VER-01 @VER-02 @ui
  Scenario: A buyer registers a 1688 personal account and verifies it with Alipay
    Given the buyer has completed an Alipay personal account
    When the buyer registers a 1688 personal account
    And the buyer enters the 1688 code received by SMS
    And the buyer verifies the 1688 account with Alipay
    Then the 1688 account is bound and verified
    And the buyer's journey shows the Alipay account "done" and the 1688 account "done"

  @SCN-VER-02 @VER-02 @JRN-02
  Scenario: Verification before the 1688 account is registered is refused
    Given the buyer has completed an Alipay personal account
    When the buyer verifies the 1688 account with Alipay
    Then the request is refused until the step "Register for a 1688 personal account" is finished

  @SCN-VER-03 @VER-02 @JRN-02
  Scenario: Verification before the buyer has an Alipay personal account is refused
    Given the buyer has registered a 1688 personal account
    When the buyer verifies the 1688 account with Alipay
    Then the request is refused until the step "Enter code for account verification" is finished
    And the buyer's journey shows the Alipay account "to do" and the 1688 account "to do"

  @SCN-VER-04 @VER-02 @JRN-02
  Scenario: Verification before the Alipay personal account is complete names the next Alipay step
    Given the buyer has asked Alipay for a verification code
    And the buyer has entered the code received by SMS
    And the buyer has registered a 1688 personal account
    When the buyer verifies the 1688 account with Alipay
    Then the request is refused until the step "Verify Identity" is finished

  @SCN-VER-05 @JRN-03 @VER-02 @ui
  Scenario: An already verified 1688 account skips the Alipay step
    Given the buyer already has a 1688 account verified with Alipay
    When the buyer signs in with the existing 1688 account
    Then the existing 1688 account is linked as already verified
    And the buyer's journey shows the Alipay account "skipped" and the 1688 account "done"

  @SCN-VER-06 @JRN-03 @VER-01
  Scenario: A 1688 account not yet verified keeps the Alipay step, then verifies
    Given the buyer already has a 1688 account not yet verified with Alipay
    When the buyer signs in with the existing 1688 account
    Then the existing 1688 account is linked as not yet verified
    And the buyer's journey shows the Alipay account "to do" and the 1688 account "to do"
    Given the buyer has completed an Alipay personal account
    When the buyer verifies the 1688 account with Alipay
    Then the 1688 account is bound and verified

  @SCN-VER-07 @JRN-03
  Scenario: Signing in with a wrong password is refused and links nothing
    Given the buyer already has a 1688 account verified with Alipay
    When the buyer signs in with the existing 1688 account and a wrong password
    Then signing in is refused as a wrong member name or password
    And the buyer's journey shows the Alipay account "to do" and the 1688 account "to do"

  @SCN-VER-08 @VER-01 @VER-02
  Scenario: An Alipay personal account opened directly with Alipay is enough to verify the 1688 account
    Given the buyer has opened an Alipay personal account directly with Alipay
    And the buyer has registered a 1688 personal account
    When the buyer verifies the 1688 account with Alipay
    Then the 1688 account is bound and verified
    And the buyer's journey shows the Alipay account "done" and the 1688 account "done"
