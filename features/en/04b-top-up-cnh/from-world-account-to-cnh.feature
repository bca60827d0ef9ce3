# language: en
@section-4b @worldfirst @journey
Feature: Sections 3 to 4B in one go — from a World Account to a CNH balance
  A buyer whose 1688 account is already verified with Alipay opens a World Account, authorises
  the 1688 ID for World Pay (跨境宝), creates a CNH receiving account after previewing it, receives
  SGD, converts SGD to CNH at 1 SGD = 5.4560 CNH and sees the CNH balance that pays for purchases
  on 1688.com. Until CNH is in the balance, the journey's next step is the conversion.

  @SCN-TOP-20 @WFA-01 @WFA-02 @AUTH-01 @AUTH-03 @TOP-02 @TOP-04 @TOP-05 @TOP-07 @ui
  Scenario: Open a World Account, authorise the 1688 ID, create a CNH account, receive SGD and convert it to CNH
    Given a buyer with a "+60" mobile number
    And the buyer has started the journey
    And the buyer already has a 1688 account verified with Alipay
    And the buyer signs in with the existing 1688 account
    And the existing 1688 account is linked as already verified
    When the buyer asks WorldFirst for a code by SMS
    And the buyer creates the World Account with the code received
    Then the World Account is opened
    And the next step is "Authorise your 1688 account with WorldFirst"
    When the buyer authorises the 1688 ID "buyer" with WorldFirst
    And the buyer confirms the authorisation with the code received
    Then World Pay is activated for the 1688 ID "buyer"
    When the buyer previews a "CNH" receiving account named "My CNH"
    Then the preview shows a "CNH" receiving account named "My CNH" at "JP Morgan Chase" in "Hong Kong"
    When the buyer creates a "CNH" receiving account named "My CNH"
    Then the "CNH" receiving account is created and active, with a 12-digit account number
    And the next step is "Convert funds into CNH"
    And the buyer has received "1000.00" "SGD" into the World Account
    When the buyer asks to convert "100.00" "SGD" into "CNH"
    Then the quote is "100.00" "SGD" for "545.60" "CNH" at the rate "5.4560"
    When the buyer confirms the quote
    Then "100.00" "SGD" are converted into "545.60" "CNH"
    And the buyer's "CNH" balance is "545.60"
