# language: en
@section-5 @1688
Feature: Make an order on 1688.com — find the product
  Go to 1688.com and log in to your 1688.com account. Visit global.1688.com/#/home to browse
  products for international buyers. Are the suppliers in the cross-border 1688 account the same
  as the regular 1688 account? They are the same on 1688.com, but on the 1688 cross-border page
  (global.1688.com), the identified sellers will know the needs of cross-border e-commerce sellers
  better. Search for the hottest items via this page: click "cross-border" and then "overseas
  business". The cross-border option is designed for an overseas e-commerce seller. You can search
  for a specific product with the product link or image. Filter search by region and product
  category.

  Background:
    Given a buyer with a "+60" mobile number
    And the buyer has started the journey
    And the buyer has signed in to 1688 with the verified account "shop"

  @SCN-ORD-01 @ORD-01 @ORD-02
  Scenario: A buyer finds the guide's phone stand by keyword
    When the buyer searches 1688 for "phone stand"
    Then the search finds exactly the offers "610000000001"

  @SCN-ORD-02 @ORD-02
  Scenario: A buyer finds a product by its product link
    When the buyer searches 1688 with the product link "https://detail.1688.com/offer/610000000001.html"
    Then the search finds exactly the offers "610000000001"

  @SCN-ORD-03 @ORD-02
  Scenario: A buyer finds a product by its image
    When the buyer searches 1688 with a photo of a "phone-stand"
    Then the search finds exactly the offers "610000000001"

  @SCN-ORD-04 @ORD-02
  Scenario: An image that matches no product finds nothing
    When the buyer searches 1688 with a photo of a "submarine"
    Then the search finds no offers

  @SCN-ORD-05 @ORD-03
  Scenario Outline: The search is filtered by product category
    When the buyer searches 1688 for "<keyword>" in the category "<category>"
    Then the search finds exactly the offers "<offers>"

    Examples:
      | keyword   | category | offers       |
      | bluetooth | 1001     | 610000000023 |
      | bluetooth | 1004     | 610000000025 |

  @SCN-ORD-06 @ORD-03 @ORD-05
  Scenario Outline: The search is filtered by region: only offers sold to that region can be bought
    When the buyer searches 1688 for "wireless" in the region "<region>"
    Then the offers sold to the region "<region>" are "<offers>"

    Examples:
      | region | offers                     |
      | SG     | 610000000004, 610000000023 |
      | MY     | 610000000023               |

  @SCN-ORD-07 @ORD-02
  Scenario: The results come in pages
    When the buyer searches 1688 for "e"
    Then the results run over more than one page
    When the buyer opens page 2 of the results
    Then page 2 shows other offers than page 1

  @SCN-ORD-08 @ORD-02 @ORD-03
  Scenario Outline: A search with bad input is refused, naming the field and the rule
    When the buyer searches 1688 for "phone" with "<input>" set to "<value>"
    Then the request is refused: field "<field>" breaks rule "<rule>"

    Examples:
      | input       | value                                            | field      | rule                              |
      | productLink | https://detail.1688.com/offer/610000000001.html | keyword    | exactly-one-of-keyword-link-image |
      | categoryId  | 9999                                             | categoryId | known-category                    |
      | region      | Malaysia                                         | region     | iso-3166-alpha-2                  |
      | page        | 0                                                | page       | whole-number-1-100                |
      | page        | 101                                              | page       | whole-number-1-100                |

  @SCN-ORD-09 @ORD-02
  Scenario: A link that is not a 1688 product link is refused
    When the buyer searches 1688 with the product link "https://example.com/offer/610000000001.html"
    Then the request is refused: field "productLink" breaks rule "1688-offer-link"
