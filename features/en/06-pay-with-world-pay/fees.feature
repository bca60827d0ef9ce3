# language: en
@section-6 @1688 @worldfirst
Feature: Make payment on 1688.com — what World Pay costs
  Payment fee charges apply for World Pay (0.8%) and credit/debit card (1.0%).

  From the World Pay × 1688 FAQ — how much does World Pay (跨境宝) cost? (a) a standard rate for
  auto-debit transactions when paying for 1688.com orders; (b) a tiered service fee (max. 0.2%)
  that will be charged according to your average monthly transaction volume (in CNY) on 1688.com.

  Our tiers where the FAQ is silent: below 100 000 CNY a month 0.2%, below 500 000 0.15%, below
  2 000 000 0.1%, from 2 000 000 on 0.05%; each fee is rounded half-even to the fen.

  Background:
    Given a buyer with a "+60" mobile number
    And the buyer has started the journey
    And the buyer has opened a World Account
    And the buyer has signed in to 1688 with the verified account "shop"
    And World Pay is activated for the 1688 account "shop"

  @SCN-PAY-11 @PAY-06
  Scenario Outline: The service fee follows the buyer's average monthly 1688 volume, tier by tier
    Given the buyer's average monthly 1688 volume is "<volume>" CNY
    And the buyer has ordered 100 of "610000000001-gray"
    When the buyer opens the checkout of the order
    Then the World Pay service fee rate is "<rate>"
    And World Pay costs "15.00" plus a "<service fee>" service fee, "<total>" "CNY" in total
    And the card costs a "18.75" fee, "1893.75" "CNY" in total

    Examples:
      | volume     | rate  | service fee | total   |
      | 99999.99   | 0.2%  | 3.75        | 1893.75 |
      | 100000.00  | 0.15% | 2.81        | 1892.81 |
      | 499999.99  | 0.15% | 2.81        | 1892.81 |
      | 500000.00  | 0.1%  | 1.88        | 1891.88 |
      | 1999999.99 | 0.1%  | 1.88        | 1891.88 |
      | 2000000.00 | 0.05% | 0.94        | 1890.94 |
