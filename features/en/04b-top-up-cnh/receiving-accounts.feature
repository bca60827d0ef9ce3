# language: en
@section-4b @worldfirst
Feature: Top up — create a receiving account and receive funds
  How to top up into World Account? Top up your preferred currency to reach a sufficient CNH
  (offshore Chinese Yuan) balance in WorldFirst to complete your purchases on 1688.com. Login and
  select 'Create new receiving acc' on your WorldFirst dashboard. You can receive in CNH (Offshore
  Chinese Yuan), USD, SGD, HKD, GBP, EUR, AUD, JPY, NZD, CAD, MYR, THB, IDR, PHP. Please choose a
  currency that WorldFirst can receive to top up. Select a currency, give your receiving account
  a name and preview the account you will create: only CNH can be collected, funds in other
  currencies will be returned; only Hong Kong, China JP Morgan Chase Bank account(s) can be
  opened now; supported collection methods inside Hong Kong (China), taking 0-1 days: domestic
  GIRO/ACH transfer and domestic CHATS transfer. Your receiving account is instantly created!

  Our rules where the guide is silent: creating an account twice with the same request creates
  it once; WorldFirst tells the app about money that arrives with a signed notification, which
  the app acknowledges.

  Background:
    Given a buyer with a "+60" mobile number
    And the buyer has started the journey
    And the buyer has opened a World Account

  @SCN-TOP-01 @TOP-02 @TOP-03
  Scenario: The preview of a CNH receiving account shows the bank, what it collects and how money arrives
    When the buyer previews a "CNH" receiving account named "My CNH"
    Then the preview shows a "CNH" receiving account named "My CNH" at "JP Morgan Chase" in "Hong Kong"
    And the preview says only "CNH" is collected and funds in other currencies are returned
    And the preview lists the collection methods "GIRO/ACH, CHATS", taking "0-1" days
    And the buyer has no receiving account yet

  @SCN-TOP-02 @TOP-01 @TOP-04
  Scenario Outline: A receiving account in each of the 14 currencies is created instantly
    When the buyer creates a "<currency>" receiving account named "My <currency>"
    Then the "<currency>" receiving account is created and active, with a 12-digit account number
    And the buyer's "<currency>" balance is "<zero>"

    Examples:
      | currency | zero |
      | CNH      | 0.00 |
      | USD      | 0.00 |
      | SGD      | 0.00 |
      | HKD      | 0.00 |
      | GBP      | 0.00 |
      | EUR      | 0.00 |
      | AUD      | 0.00 |
      | JPY      | 0    |
      | NZD      | 0.00 |
      | CAD      | 0.00 |
      | MYR      | 0.00 |
      | THB      | 0.00 |
      | IDR      | 0.00 |
      | PHP      | 0.00 |

  @SCN-TOP-03 @TOP-01
  Scenario Outline: A currency WorldFirst does not receive is refused
    When the buyer previews a "<currency>" receiving account named "My account"
    Then the request is refused because WorldFirst does not support the currency

    Examples:
      | currency |
      | CNY      |
      | KRW      |

  @SCN-TOP-04 @TOP-01
  Scenario Outline: A currency that is no currency code is refused, naming the field
    When the buyer creates a "<currency>" receiving account named "My account"
    Then the request is refused: field "currency" breaks rule "iso-4217-code"

    Examples:
      | currency |
      | cnh      |
      | CN       |
      | 156      |

  @SCN-TOP-05 @TOP-04
  Scenario: Creating the same receiving account twice creates it once
    Given the buyer has created a "CNH" receiving account
    When the buyer sends the same "CNH" receiving account request again
    Then the same "CNH" receiving account is answered

  @SCN-TOP-06 @TOP-03
  Scenario: CNH paid into the CNH receiving account reaches the CNH balance, and the app is notified
    Given the buyer has created a "CNH" receiving account
    When "250.00" "CNH" is paid into the buyer's "CNH" receiving account
    Then WorldFirst credits the payment
    And WorldFirst's notice of the funds to the "CNH" receiving account is acknowledged
    And the buyer's "CNH" balance is "250.00"

  @SCN-TOP-07 @TOP-03
  Scenario: Funds in another currency paid into the CNH receiving account are returned
    Given the buyer has created a "CNH" receiving account
    When "100.00" "USD" is paid into the buyer's "CNH" receiving account
    Then WorldFirst returns the payment
    And the buyer's "CNH" balance is "0.00"
