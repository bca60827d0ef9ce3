# language: en
@journey @golden-path @1688 @worldfirst @myinvois
Feature: The whole guide in one go — from a search on 1688 to a paid order and a self-billed e-invoice
  Beginner's guide for international buyers, steps 5 and 6, and the FAQ's e-invoice for buyers in
  Malaysia: search for the hottest items, select quantity and click order, choose 'Cross-border
  treasure' as the payment method and enter the Alipay payment password, then issue the
  self-billed e-invoice for the purchase from the foreign supplier.

  @SCN-JRN-10 @ORD-02 @ORD-04 @ORD-06 @PAY-01 @PAY-04 @PAY-06 @INV-02 @INV-03 @ui
  Scenario: A buyer in Malaysia finds the guide's phone stand, orders it, pays with World Pay and files the e-invoice
    Given a buyer with a "+60" mobile number
    And the buyer has started the journey
    And the buyer has signed in to 1688 with the verified account "golden"
    And the buyer has opened a World Account
    And World Pay is activated for the 1688 account "golden"
    And the buyer has "1000.00" CNH in the World Account
    When the buyer searches 1688 for "phone stand"
    Then the search finds exactly the offers "610000000001"
    When the buyer opens the product page of "610000000001"
    Then the price is "20.00" "CNY" a piece
    And the variant "610000000001-gray" has "14810" in stock
    When the buyer orders 1 of "610000000001-gray" with "CAINIAO_GLOBAL_STANDARD" logistics
    Then the order is placed and waits for payment: "20.00" goods, "25.00" carriage, "45.00" "CNY" in total
    When the buyer opens the checkout of the order
    Then World Pay is offered for the secured transaction
    And World Pay costs "0.36" plus a "0.09" service fee, "45.45" "CNY" in total
    When the buyer pays the order with World Pay
    Then the order is paid with World Pay, "45.45" "CNY" in all, and waits for shipment
    And the buyer's "CNH" balance is "954.55"
    When the buyer submits the self-billed e-invoice of the order just paid, with classification "009" and e-invoice number "INV-GOLDEN"
    Then MyInvois accepts the e-invoice as valid, classified "009"
