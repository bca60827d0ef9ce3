# language: en
@section-4b @worldfirst
Feature: Top up — convert funds into CNH
  Select "Convert" to convert funds into CNH and enter the amount you wish to convert — for
  example, you are converting SGD to CNH (1 SGD = 5.4560 CNH on the guide's screen). Once you
  have a sufficient CNH balance in your World Account, you will be able to purchase items on the
  1688 platform. Step 4 of World Pay (跨境宝): ensure your World Account has sufficient CNH balance
  or convert other currency balances to CNH currency account.

  Our rules where the guide is silent: amounts have the currency's own decimals (ISO 4217: JPY
  none, IDR and most others two), rates have 4 decimals, the other side of a quote is rounded
  half-even to its minor unit; a quote must be confirmed within 60 seconds; confirming twice, or
  again after WorldFirst gave no clear answer, converts once.

  Background:
    Given a buyer with a "+60" mobile number
    And the buyer has started the journey
    And the buyer has opened a World Account
    And the buyer has received "1000.00" "SGD" into the World Account

  @SCN-TOP-10 @TOP-05 @TOP-06
  Scenario: A buyer converts SGD to CNH at the quoted rate and the CNH balance grows
    When the buyer asks to convert "100.00" "SGD" into "CNH"
    Then the quote is "100.00" "SGD" for "545.60" "CNH" at the rate "5.4560"
    And the quote can be confirmed within 60 seconds
    When the buyer confirms the quote
    Then "100.00" "SGD" are converted into "545.60" "CNH"
    And the buyer's "CNH" balance is "545.60"
    And the buyer's "SGD" balance is "900.00"

  @SCN-TOP-11 @TOP-05 @TOP-06
  Scenario: A buyer asks for the CNH they need and is told what it costs
    When the buyer asks to buy "545.60" "CNH" with "SGD"
    Then the quote is "100.00" "SGD" for "545.60" "CNH" at the rate "5.4560"

  @SCN-TOP-12 @TOP-06
  Scenario Outline: The other side of a quote is rounded half-even to the currency's minor unit
    # each row sets a pair of its own: rates are WorldFirst's, shared by the scenarios running beside
    Given WorldFirst quotes "<sell>" to "<buy>" at "<rate>"
    When the buyer asks to convert "<amount>" "<sell>" into "<buy>"
    Then the quote is "<amount>" "<sell>" for "<result>" "<buy>" at the rate "<rate>"

    Examples:
      | amount | sell | buy | rate       | result   |
      | 10.00  | SGD  | JPY | 113.6500   | 1136     |
      | 10.00  | EUR  | JPY | 113.7500   | 1138     |
      | 1.00   | SGD  | IDR | 12000.1250 | 12000.12 |
      | 1.00   | HKD  | IDR | 12000.1350 | 12000.14 |
      | 1137   | JPY  | CNH | 0.0480     | 54.58    |

  @SCN-TOP-13 @TOP-06
  Scenario Outline: A bad amount is refused, naming the field and the rule
    When the buyer asks to convert "<amount>" "<currency>" into "CNH"
    Then the request is refused: field "sellAmount" breaks rule "<rule>"

    Examples:
      | amount           | currency | rule                     |
      | -10.00           | SGD      | positive                 |
      | 0                | SGD      | positive                 |
      | 0.00             | SGD      | positive                 |
      | 10.001           | SGD      | decimals-of-the-currency |
      | 10.5             | JPY      | decimals-of-the-currency |
      | ten              | SGD      | number                   |
      | 1,000.00         | SGD      | number                   |
      | 9999999999999999 | SGD      | at-most-15-digits        |

  @SCN-TOP-14 @TOP-01 @TOP-05
  Scenario Outline: A currency WorldFirst does not convert is refused
    When the buyer asks to convert "100.00" "<currency>" into "CNH"
    Then the request is refused because WorldFirst does not support the currency

    Examples:
      | currency |
      | KRW      |
      | CNY      |

  @SCN-TOP-15 @TOP-05
  Scenario: A quote confirmed in its last second converts
    Given the buyer has asked to convert "100.00" "SGD" into "CNH"
    When 59 seconds pass for the buyer
    And the buyer confirms the quote
    Then "100.00" "SGD" are converted into "545.60" "CNH"

  @SCN-TOP-16 @TOP-05
  Scenario: A quote older than 60 seconds is refused and nothing is converted
    Given the buyer has asked to convert "100.00" "SGD" into "CNH"
    When 60 seconds pass for the buyer
    And the buyer confirms the quote
    Then the conversion is refused because the quote has expired
    And the buyer's "SGD" balance is "1000.00"

  @SCN-TOP-17 @TOP-05
  Scenario: Converting more than the balance is refused and nothing is converted
    Given the buyer has asked to convert "1000.01" "SGD" into "CNH"
    When the buyer confirms the quote
    Then the conversion is refused because the balance is not enough
    And the buyer's "SGD" balance is "1000.00"

  @SCN-TOP-18 @TOP-05 @TOP-06
  Scenario: A quote confirmed twice converts once
    Given the buyer has asked to convert "100.00" "SGD" into "CNH"
    When the buyer confirms the quote
    And the buyer confirms the quote again
    Then the same conversion is answered again
    And the buyer's "CNH" balance is "545.60"
    And the buyer's "SGD" balance is "900.00"

  @SCN-TOP-19 @TOP-05 @TOP-06
  Scenario: WorldFirst converts but answers "unknown"; the app finds out, and a retry converts nothing more
    Given the buyer has asked to convert "100.00" "SGD" into "CNH"
    And WorldFirst will convert the next time but answer that the result is unknown
    When the buyer confirms the quote
    Then "100.00" "SGD" are converted into "545.60" "CNH"
    When the buyer confirms the quote again
    Then the same conversion is answered again
    And the buyer's "CNH" balance is "545.60"
    And the buyer's "SGD" balance is "900.00"
