# language: en
@section-4a @worldfirst
Feature: World Pay — authorise your 1688 account with WorldFirst
  Once your status has been authenticated '已绑定已认证', you can start to authorise your 1688
  account with WorldFirst to make 1688 payments. Go to 'Payments' > 'World Pay' in your
  WorldFirst Portal, select 'View details and sign up' for 1688, click 'Authorise your 1688 ID'.
  For security purposes, personal information for your personal 1688.com account will not be
  displayed. Read and agree with the agreement, then enter the 6 digit code sent to your mobile
  number to securely authorise your 1688 account ("Resend(57)", "Change Method", "Confirm").
  And you've successfully authorised your 1688 account to WorldFirst: "You have successfully
  activated World Pay (跨境宝) service"; return to "Manage 1688.com accounts".

  From the World Pay × 1688 FAQ: one WorldFirst account can link multiple 1688.com accounts, but
  a single 1688.com account can only be linked to one unique WorldFirst account. A 1688.com
  account previously linked to an Alipay International account must be unlinked there and then
  re-authorised to WorldFirst. If you are unable to link your 1688.com account, check that it
  has completed the Alipay identity verification process.

  Background:
    Given a buyer with a "+60" mobile number
    And the buyer has started the journey

  @SCN-AUTH-01 @AUTH-01 @AUTH-02 @AUTH-03 @VER-02
  Scenario: A buyer authorises a verified 1688 ID and activates World Pay
    Given the buyer has opened a World Account
    And the buyer has a 1688 account "shop" verified with Alipay
    When the buyer authorises the 1688 ID "shop" with WorldFirst
    Then a 6-digit code is sent to the buyer's masked mobile to confirm the authorisation
    And no personal information of the 1688 account is shown
    When the buyer confirms the authorisation with the code received
    Then World Pay is activated for the 1688 ID "shop"
    And the buyer's linked 1688.com accounts are "shop"

  @SCN-AUTH-02 @AUTH-04
  Scenario: One World Account links several 1688 IDs
    Given the buyer has opened a World Account
    And the buyer has authorised the 1688 ID "shop-a" with WorldFirst
    And the buyer has a 1688 account "shop-b" verified with Alipay
    # a new code reaches the same mobile after the 60-second countdown
    And 60 seconds pass for the buyer
    When the buyer authorises the 1688 ID "shop-b" with WorldFirst
    And the buyer confirms the authorisation with the code received
    Then World Pay is activated for the 1688 ID "shop-b"
    And the buyer's linked 1688.com accounts are "shop-a, shop-b"

  @SCN-AUTH-03 @AUTH-05
  Scenario: A 1688 ID linked to another World Account is refused
    Given the buyer has opened a World Account
    And another buyer has authorised the 1688 ID "shop" with their own World Account
    When the buyer authorises the 1688 ID "shop" with WorldFirst
    Then the authorisation is refused because the 1688 ID is linked to another World Account

  @SCN-AUTH-04 @AUTH-05
  Scenario: A 1688 ID already linked to this World Account is not linked twice
    Given the buyer has opened a World Account
    And the buyer has authorised the 1688 ID "shop" with WorldFirst
    When the buyer authorises the 1688 ID "shop" with WorldFirst
    Then the authorisation is refused because the 1688 ID is already authorised
    And the buyer's linked 1688.com accounts are "shop"

  @SCN-AUTH-05 @AUTH-06 @VER-02
  Scenario: A 1688 account not yet verified through Alipay cannot be linked
    Given the buyer has opened a World Account
    And the buyer has a 1688 account "shop" not yet verified with Alipay
    When the buyer authorises the 1688 ID "shop" with WorldFirst
    Then the authorisation is refused because the 1688 account has not completed Alipay verification

  @SCN-AUTH-06 @AUTH-07
  Scenario: A 1688 ID linked to Alipay International is refused until it is unlinked there
    Given the buyer has opened a World Account
    And the buyer has a 1688 account "shop" verified with Alipay
    And the 1688 ID "shop" is linked to an Alipay International account
    When the buyer authorises the 1688 ID "shop" with WorldFirst
    Then the authorisation is refused because the 1688 ID is linked to Alipay International
    When the buyer unlinks the 1688 ID "shop" from Alipay International
    And the buyer authorises the 1688 ID "shop" with WorldFirst
    And the buyer confirms the authorisation with the code received
    Then World Pay is activated for the 1688 ID "shop"

  @SCN-AUTH-07 @AUTH-01
  Scenario: The authorisation is refused without agreeing to the agreement
    Given the buyer has opened a World Account
    And the buyer has a 1688 account "shop" verified with Alipay
    When the buyer authorises the 1688 ID "shop" without agreeing to the agreement
    Then the request is refused: field "agreementAccepted" breaks rule "accepted"

  @SCN-AUTH-08 @AUTH-01 @JRN-02
  Scenario: A 1688 ID cannot be authorised before the World Account is opened
    Given the buyer has a 1688 account "shop" verified with Alipay
    When the buyer authorises the 1688 ID "shop" with WorldFirst
    Then the request is refused until the step "Register for a World account" is finished

  @SCN-AUTH-09 @AUTH-02
  Scenario: A wrong authorisation code is refused and counted
    Given the buyer has opened a World Account
    And the buyer has a 1688 account "shop" verified with Alipay
    When the buyer authorises the 1688 ID "shop" with WorldFirst
    And the buyer confirms the authorisation with a wrong code
    Then the code is refused as wrong with 4 attempts left

  @SCN-AUTH-10 @AUTH-02
  Scenario: Five wrong authorisation codes lock the code
    Given the buyer has opened a World Account
    And the buyer has a 1688 account "shop" verified with Alipay
    When the buyer authorises the 1688 ID "shop" with WorldFirst
    And the buyer confirms the authorisation with a wrong code 5 times
    And the buyer confirms the authorisation with the code received
    Then the code is refused as locked

  @SCN-AUTH-11 @AUTH-02
  Scenario: An authorisation code older than 10 minutes is refused as expired
    Given the buyer has opened a World Account
    And the buyer has a 1688 account "shop" verified with Alipay
    When the buyer authorises the 1688 ID "shop" with WorldFirst
    And 10 minutes pass for the buyer
    And the buyer confirms the authorisation with the code received
    Then the code is refused as expired

  @SCN-AUTH-12 @AUTH-02
  Scenario: "Resend" counts down from 60 seconds, then a new code works
    Given the buyer has opened a World Account
    And the buyer has a 1688 account "shop" verified with Alipay
    When the buyer authorises the 1688 ID "shop" with WorldFirst
    And 5 seconds pass for the buyer
    And the buyer asks WorldFirst to resend the authorisation code
    Then the new code is refused with 55 seconds left on the countdown
    When 60 seconds pass for the buyer
    And the buyer asks WorldFirst to resend the authorisation code
    Then a 6-digit code is sent to the buyer's masked mobile to confirm the authorisation
    When the buyer confirms the authorisation with the code received
    Then World Pay is activated for the 1688 ID "shop"
