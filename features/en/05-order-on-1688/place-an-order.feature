# language: en
@section-5 @1688
Feature: Make an order on 1688.com — select the quantity and order
  Select quantity and click order (1 item selected, product amount ¥20.00; the freight is subject
  to the following single page display). Select cross-border logistics and submit.

  Our rules where the guide is silent: the quantity is at least the product's minimum order
  quantity and at most the stock of the variant; a cross-border logistics solution must be chosen
  (Cainiao Global Standard ¥25.00, Cainiao Global Express ¥60.00); the same order sent twice is
  placed once.

  Background:
    Given a buyer with a "+60" mobile number
    And the buyer has started the journey
    And the buyer has signed in to 1688 with the verified account "shop"

  @SCN-ORD-15 @ORD-02 @ORD-04 @ORD-06 @ui
  Scenario: A buyer searches, opens the product and orders it with cross-border logistics
    When the buyer searches 1688 for "phone stand"
    Then the search finds exactly the offers "610000000001"
    When the buyer opens the product page of "610000000001"
    Then the price is "20.00" "CNY" a piece
    And the variant "610000000001-gray" has "14810" in stock
    When the buyer orders 1 of "610000000001-gray" with "CAINIAO_GLOBAL_STANDARD" logistics
    Then the order is placed and waits for payment: "20.00" goods, "25.00" carriage, "45.00" "CNY" in total

  @SCN-ORD-16 @ORD-04 @ORD-06
  Scenario Outline: The order's total is the goods at the quantity's price tier plus the carriage
    When the buyer orders <quantity> of "610000000001-gray" with "<logistics>" logistics
    Then the order is placed and waits for payment: "<goods>" goods, "<carriage>" carriage, "<total>" "CNY" in total

    Examples:
      | quantity | logistics               | goods    | carriage | total    |
      | 1        | CAINIAO_GLOBAL_EXPRESS  | 20.00    | 60.00    | 80.00    |
      | 99       | CAINIAO_GLOBAL_STANDARD | 1980.00  | 25.00    | 2005.00  |
      | 100      | CAINIAO_GLOBAL_STANDARD | 1850.00  | 25.00    | 1875.00  |
      | 1000     | CAINIAO_GLOBAL_STANDARD | 16800.00 | 25.00    | 16825.00 |

  @SCN-ORD-17 @ORD-06
  Scenario: The order can be previewed before it is placed
    When the buyer previews an order of 100 of "610000000001-gray" with "CAINIAO_GLOBAL_EXPRESS" logistics
    Then the preview shows "1850.00" goods, "60.00" carriage, "1910.00" "CNY" in total

  @SCN-ORD-18 @ORD-06
  Scenario: An order without cross-border logistics is refused
    When the buyer orders 1 of "610000000001-gray" without choosing cross-border logistics
    Then the request is refused: field "logisticsSolutionId" breaks rule "required"

  @SCN-ORD-19 @ORD-05
  Scenario: A product not sold to the buyer's region cannot be ordered
    When the buyer orders 1 of "610000000004-white" with "CAINIAO_GLOBAL_STANDARD" logistics
    Then the order is refused because the offer is not sold to the region "MY"

  @SCN-ORD-20 @ORD-05
  Scenario: The same product can be ordered for delivery to a region it is sold to
    When the buyer orders 1 of "610000000004-white" for delivery to "SG"
    Then the order is placed and waits for payment: "32.00" goods, "25.00" carriage, "57.00" "CNY" in total

  @SCN-ORD-21 @ORD-06
  Scenario: Not more than the stock can be ordered
    When the buyer orders 6 of "610000000003-black" with "CAINIAO_GLOBAL_STANDARD" logistics
    Then the order is refused because only 5 are in stock
    When the buyer orders 5 of "610000000003-black" with "CAINIAO_GLOBAL_STANDARD" logistics
    Then the order is placed and waits for payment: "21.00" goods, "25.00" carriage, "46.00" "CNY" in total

  @SCN-ORD-22 @ORD-06
  Scenario: A sold-out variant cannot be ordered
    When the buyer orders 1 of "610000000003-white" with "CAINIAO_GLOBAL_STANDARD" logistics
    Then the order is refused because only 0 are in stock

  @SCN-ORD-23 @ORD-06
  Scenario: Not less than the minimum order quantity can be ordered
    When the buyer orders 9 of "610000000002-clear" with "CAINIAO_GLOBAL_STANDARD" logistics
    Then the order is refused because the minimum order quantity is 10
    When the buyer orders 10 of "610000000002-clear" with "CAINIAO_GLOBAL_STANDARD" logistics
    Then the order is placed and waits for payment: "35.00" goods, "25.00" carriage, "60.00" "CNY" in total

  @SCN-ORD-24 @ORD-06
  Scenario: The same order sent twice is placed once
    When the buyer orders 1 of "610000000001-gray" with "CAINIAO_GLOBAL_STANDARD" logistics
    And the buyer sends the same order again
    Then the same order is answered again

  @SCN-ORD-25 @ORD-06
  Scenario Outline: An order with bad input is refused, naming the field and the rule
    When the buyer orders <quantity> of "<variant>" with "<logistics>" logistics
    Then the request is refused: field "<field>" breaks rule "<rule>"

    Examples:
      | quantity   | variant             | logistics               | field               | rule                     |
      | 0          | 610000000001-gray   | CAINIAO_GLOBAL_STANDARD | quantity            | whole-number-1-999999999 |
      | 1000000000 | 610000000001-gray   | CAINIAO_GLOBAL_STANDARD | quantity            | whole-number-1-999999999 |
      | 1          | 610000000001-purple | CAINIAO_GLOBAL_STANDARD | specId              | known-variant            |
      | 1          | 610000000001-gray   | DHL_EXPRESS             | logisticsSolutionId | one-of                   |

  @SCN-ORD-26 @ORD-06
  Scenario: 1688 cannot be reached when the buyer orders
    Given 1688 stays unavailable for orders
    When the buyer orders 1 of "610000000001-gray" with "CAINIAO_GLOBAL_STANDARD" logistics
    Then the buyer is told that 1688 is unavailable
