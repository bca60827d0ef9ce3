# language: en
@section-5 @1688
Feature: Make an order on 1688.com — the product page
  The product page shows the price per piece (¥20.00 1 piece), the colour and specification
  (Space Gray 720, Excellent Red, Dark Black), the stock (¥ 20, 14810 in stock), where it ships
  from (Shipping: Wenzhou, Zhejiang) and the service (7 days no reason return). Some products are
  not sold to every destination: "This product is not currently available for purchase in the
  current country/region".

  Background:
    Given a buyer with a "+60" mobile number
    And the buyer has started the journey
    And the buyer has signed in to 1688 with the verified account "shop"

  @SCN-ORD-12 @ORD-04 @ORD-01
  Scenario: The guide's phone stand: price, stock, where it ships from and the return terms
    When the buyer opens the product page of "610000000001"
    Then the price is "20.00" "CNY" a piece
    And the price tiers are "1:20.00,100:18.50,1000:16.80"
    And the variant "610000000001-gray" has "14810" in stock
    And the product ships from "Wenzhou" with the return terms "7 days no reason return"
    And the supplier is an identified cross-border seller

  @SCN-ORD-13 @ORD-05
  Scenario: A product not sold to the buyer's region says so and offers no order
    When the buyer opens the product page of "610000000004"
    Then the product page says it is not available for purchase in the region "MY"

  @SCN-ORD-14 @ORD-04
  Scenario: An offer 1688 does not know is refused
    When the buyer opens the product page of "610000009999"
    Then the request is refused: field "offerId" breaks rule "known-offer"
