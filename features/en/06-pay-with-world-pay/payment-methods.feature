# language: en
@section-6 @1688 @worldfirst
Feature: Make payment on 1688.com — the payment methods at the checkout
  Make payment on 1688.com using World Pay solution: choose 'Cross-border treasure' as the payment
  method. Is World Pay the only payment solution for overseas buyers? For international buyers,
  you're able to pay by World Pay (provided by WorldFirst), credit/debit cards or Alipay (limited to
  certain regions only).

  From the World Pay × 1688 FAQ — why am I unable to find "World Pay (跨境宝)" as a payment method
  in 1688.com's checkout page? It could be because: (a) you did not select "Secured transaction" at
  the checkout page, which is mandatory; (b) your order contains prohibited items; (c) you have used
  a Red Packet discount on your order (Red Packet discounts are only applicable to payments made
  with a bank card linked to Alipay); (d) your 1688.com account is not linked to an Alipay account
  registered in Mainland China; (e) you have not activated World Pay (跨境宝) service for your
  1688.com account; (f) the 1688.com supplier you are purchasing from does not accept payments made
  with World Pay (跨境宝); (g) World Pay (跨境宝) is not applicable to credit-term orders or contract
  orders. The checkout tells the buyer which of these applies, and what to do.

  Background:
    Given a buyer with a "+60" mobile number
    And the buyer has started the journey
    And the buyer has opened a World Account
    And the buyer has signed in to 1688 with the verified account "shop"

  @SCN-PAY-01 @PAY-01 @PAY-02 @PAY-06
  Scenario: World Pay is offered for a secured transaction, with its fees beside the card's
    Given World Pay is activated for the 1688 account "shop"
    And the buyer has ordered 1 of "610000000001-gray"
    When the buyer opens the checkout of the order
    Then World Pay is offered for the secured transaction
    And the payment methods offered are "World Pay, credit/debit card"
    And World Pay costs "0.36" plus a "0.09" service fee, "45.45" "CNY" in total
    And the card costs a "0.45" fee, "45.45" "CNY" in total

  @SCN-PAY-02 @PAY-01
  Scenario Outline: World Pay and the card are offered in every region
    Given World Pay is activated for the 1688 account "shop"
    And the buyer has ordered 1 of "610000000001-gray" for delivery to "<region>"
    When the buyer opens the checkout of the order
    Then the payment methods offered are "World Pay, credit/debit card"

    Examples:
      | region |
      | MY     |
      | TH     |

  @SCN-PAY-25 @PAY-01
  Scenario Outline: Alipay is offered too in some regions
    Given World Pay is activated for the 1688 account "shop"
    And the buyer has ordered 1 of "610000000001-gray" for delivery to "<region>"
    When the buyer opens the checkout of the order
    Then the payment methods offered are "World Pay, credit/debit card, Alipay"

    Examples:
      | region |
      | SG     |
      | HK     |

  @SCN-PAY-03 @PAY-02 @PAY-03
  Scenario: (a) An order that is not a secured transaction cannot be paid with World Pay
    Given World Pay is activated for the 1688 account "shop"
    And the buyer has ordered 1 of "610000000001-gray" as a "bank transfer" trade
    When the buyer opens the checkout of the order
    Then World Pay is not offered, for the reason "not a secured transaction"
    And the checkout tells the buyer why and what to do
    And the payment methods offered are "credit/debit card"

  @SCN-PAY-04 @PAY-03
  Scenario: (b) An order with prohibited items cannot be paid with World Pay
    Given World Pay is activated for the 1688 account "shop"
    And the buyer has ordered 1 of "610000000005-black"
    When the buyer opens the checkout of the order
    Then World Pay is not offered, for the reason "prohibited items in the order"
    And the checkout tells the buyer why and what to do
    And the payment methods offered are "credit/debit card"

  @SCN-PAY-05 @PAY-03
  Scenario: (c) An order with a Red Packet discount cannot be paid with World Pay
    Given World Pay is activated for the 1688 account "shop"
    And the buyer has ordered 3 of "610000000001-gray" with the Red Packet "RP-5-OFF-50"
    When the buyer opens the checkout of the order
    Then World Pay is not offered, for the reason "a Red Packet was used"
    And the checkout tells the buyer why and what to do
    And the payment methods offered are "credit/debit card"

  @SCN-PAY-06 @PAY-03
  Scenario: (d) A 1688 account whose Alipay account is not registered in Mainland China cannot pay with World Pay
    Given World Pay is activated for the 1688 account "shop"
    And the buyer's Alipay account is registered outside Mainland China
    And the buyer has ordered 1 of "610000000001-gray"
    When the buyer opens the checkout of the order
    Then World Pay is not offered, for the reason "not linked to an Alipay account of mainland China"
    And the checkout tells the buyer why and what to do
    And the payment methods offered are "credit/debit card"

  @SCN-PAY-07 @PAY-03
  Scenario: (e) A 1688 account without World Pay activated cannot pay with World Pay
    Given the buyer has ordered 1 of "610000000001-gray"
    When the buyer opens the checkout of the order
    Then World Pay is not offered, for the reason "World Pay not activated"
    And the checkout tells the buyer why and what to do
    And the payment methods offered are "credit/debit card"

  @SCN-PAY-08 @PAY-03
  Scenario: (f) A supplier that does not accept World Pay cannot be paid with it
    Given World Pay is activated for the 1688 account "shop"
    And the buyer has ordered 1 of "610000000011-kit"
    When the buyer opens the checkout of the order
    Then World Pay is not offered, for the reason "the supplier does not accept World Pay"
    And the checkout tells the buyer why and what to do
    And the payment methods offered are "credit/debit card"

  @SCN-PAY-09 @PAY-03
  Scenario: (g) A credit-term order cannot be paid with World Pay
    Given World Pay is activated for the 1688 account "shop"
    And the buyer has ordered 1 of "610000000001-gray" as a "credit-term" order
    When the buyer opens the checkout of the order
    Then World Pay is not offered, for the reason "a credit-term or contract order"
    And the checkout tells the buyer why and what to do
    And the payment methods offered are "credit/debit card"

  @SCN-PAY-10 @PAY-01 @PAY-03
  Scenario: A method the checkout does not offer is refused
    Given World Pay is activated for the 1688 account "shop"
    And the buyer has ordered 1 of "610000000001-gray"
    When the buyer pays the order with Alipay
    Then the payment is refused because the method is not offered
