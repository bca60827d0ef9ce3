# language: en
@section-6 @1688 @worldfirst
Feature: Make payment on 1688.com — pay with World Pay
  Choose 'Cross-border treasure' as the payment method. Input the Alipay personal account
  password: enter your password and complete your order!

  From the World Pay × 1688 FAQ — why am I unable to pay with my 1688.com account? Check that you
  have sufficient offshore RMB (CNH) in your WorldFirst account balance, by topping up or
  converting other currencies into CNH in advance, and enough to pay for the additional fees
  incurred by World Pay (跨境宝) and 1688.com.

  Our rules where the guide is silent: the payment password locks after 5 wrong entries in a row;
  an order is paid once — a payment sent twice, or retried after 1688 failed or gave no clear
  answer, takes the money once.

  Background:
    Given a buyer with a "+60" mobile number
    And the buyer has started the journey
    And the buyer has opened a World Account
    And the buyer has signed in to 1688 with the verified account "shop"
    And World Pay is activated for the 1688 account "shop"
    And the buyer's Alipay payment password is "135790"

  @SCN-PAY-12 @PAY-01 @PAY-04 @PAY-06 @TOP-07 @ui
  Scenario: A buyer pays the order with World Pay from the CNH balance
    Given the buyer has "1000.00" CNH in the World Account
    And the buyer has ordered 1 of "610000000001-gray"
    When the buyer opens the checkout of the order
    Then the payment methods offered are "World Pay, credit/debit card"
    And World Pay costs "0.36" plus a "0.09" service fee, "45.45" "CNY" in total
    When the buyer pays the order with World Pay
    Then the order is paid with World Pay, "45.45" "CNY" in all, and waits for shipment
    And the buyer's "CNH" balance is "954.55"

  @SCN-PAY-13 @PAY-01 @PAY-06
  Scenario: A buyer pays the order by card, which takes nothing from the CNH balance
    Given the buyer has "1000.00" CNH in the World Account
    And the buyer has ordered 1 of "610000000001-gray"
    When the buyer pays the order by card
    Then the order is paid by card, "45.45" "CNY" in all
    And the buyer's "CNH" balance is "1000.00"

  @SCN-PAY-14 @PAY-05 @TOP-07
  Scenario: A balance that covers the order but not its fees is not enough
    Given the buyer has "45.00" CNH in the World Account
    And the buyer has ordered 1 of "610000000001-gray"
    When the buyer pays the order with World Pay
    Then the payment is refused because the CNH balance does not cover "45.45" "CNY"
    And the buyer's "CNH" balance is "45.00"

  @SCN-PAY-15 @PAY-05
  Scenario: A balance of exactly the order and its fees is enough
    Given the buyer has "45.45" CNH in the World Account
    And the buyer has ordered 1 of "610000000001-gray"
    When the buyer pays the order with World Pay
    Then the order is paid with World Pay, "45.45" "CNY" in all, and waits for shipment
    And the buyer's "CNH" balance is "0.00"

  @SCN-PAY-16 @PAY-04
  Scenario: A wrong payment password is refused and counted
    Given the buyer has "1000.00" CNH in the World Account
    And the buyer has ordered 1 of "610000000001-gray"
    When the buyer pays the order with World Pay using the payment password "111111"
    Then the payment is refused because the payment password is wrong, with 4 attempts left
    And the buyer's "CNH" balance is "1000.00"

  @SCN-PAY-17 @PAY-04
  Scenario: After 5 wrong payment passwords even the right one is refused
    Given the buyer has "1000.00" CNH in the World Account
    And the buyer has ordered 1 of "610000000001-gray"
    When the buyer enters a wrong payment password 5 times
    And the buyer pays the order with World Pay
    Then the payment is refused because the payment password is locked
    And the buyer's "CNH" balance is "1000.00"

  @SCN-PAY-18 @PAY-04
  Scenario: A payment password that is not 6 digits is refused and not counted
    Given the buyer has "1000.00" CNH in the World Account
    And the buyer has ordered 1 of "610000000001-gray"
    When the buyer pays the order with World Pay using the payment password "13579"
    Then the request is refused: field "paymentPassword" breaks rule "six-digits"

  @SCN-PAY-19 @PAY-07
  Scenario: A payment submitted twice is paid once
    Given the buyer has "1000.00" CNH in the World Account
    And the buyer has ordered 1 of "610000000001-gray"
    When the buyer pays the order with World Pay
    And the buyer submits the same payment again
    Then the same payment is answered again
    And the buyer's "CNH" balance is "954.55"

  @SCN-PAY-20 @PAY-07
  Scenario: A paid order cannot be paid again
    Given the buyer has "1000.00" CNH in the World Account
    And the buyer has ordered 1 of "610000000001-gray"
    When the buyer pays the order with World Pay
    And the buyer pays the order with World Pay again, as a new payment
    Then the payment is refused because the order is already paid
    And the buyer's "CNH" balance is "954.55"

  @SCN-PAY-21 @PAY-07
  Scenario Outline: 1688 fails the payment with <fault>; the retry pays once
    Given the buyer has "1000.00" CNH in the World Account
    And the buyer has ordered 1 of "610000000001-gray"
    And 1688 fails the next payment with <fault>
    When the buyer pays the order with World Pay
    Then the order is paid with World Pay, "45.45" "CNY" in all, and waits for shipment
    And the buyer's "CNH" balance is "954.55"

    Examples:
      | fault            |
      | http-500         |
      | http-503         |
      | connection-reset |
      | no-answer        |

  @SCN-PAY-22 @PAY-07
  Scenario: 1688 takes the payment but answers that its result is unknown; the retry pays once
    Given the buyer has "1000.00" CNH in the World Account
    And the buyer has ordered 1 of "610000000001-gray"
    And 1688 will take the next payment but answer that its result is unknown
    When the buyer pays the order with World Pay
    Then the order is paid with World Pay, "45.45" "CNY" in all, and waits for shipment
    And the buyer's "CNH" balance is "954.55"

  @SCN-PAY-23 @PAY-07
  Scenario: 1688 cannot be reached when the buyer pays; nothing is taken
    Given the buyer has "1000.00" CNH in the World Account
    And the buyer has ordered 1 of "610000000001-gray"
    And 1688 stays unavailable for payments
    When the buyer pays the order with World Pay
    Then the buyer is told that 1688 is unavailable
    And the buyer's "CNH" balance is "1000.00"

  @SCN-PAY-24 @PAY-07
  Scenario: An order 1688 has cancelled cannot be paid
    Given the buyer has "1000.00" CNH in the World Account
    And the buyer has ordered 1 of "610000000001-gray"
    And 1688 has cancelled the order
    When the buyer pays the order with World Pay
    Then the payment is refused because the order can no longer be paid
    And the buyer's "CNH" balance is "1000.00"
