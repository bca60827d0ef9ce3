# language: en
@section-1 @alipay
Feature: Alipay personal account — enter the code sent by SMS
  Why do you need to register for an Alipay personal account?
  An Alipay personal account is necessary for verification of 1688 account,
  if 1688 account is already verified you may skip this.

  Register an Alipay Personal Account: "Enter code for account verification" —
  "Please enter the code received by …", with "Resend(54s)" counting down before a new code.
  The code has 6 digits, a new one can be sent after 60 s, it is valid for 5 minutes, it is
  used once, 5 wrong entries lock it, and it only works for the mobile number it was sent to.

  Background:
    Given a buyer with a "+60" mobile number
    And the buyer has started the journey

  @SCN-ALI-CODE-01 @ALI-02 @ui
  Scenario: The right code is accepted
    When the buyer asks Alipay for a verification code
    And the buyer enters the code received by SMS
    Then the code is accepted

  @SCN-ALI-CODE-02 @ALI-02 @ALI-07 @ui
  Scenario: A wrong code is refused and counted
    Given the buyer has asked Alipay for a verification code
    When the buyer enters a wrong code
    Then the code is refused as wrong with 4 attempts left

  @SCN-ALI-CODE-03 @ALI-03 @ui
  Scenario Outline: Asking for a new code before the countdown ends is refused
    Given the buyer has asked Alipay for a verification code
    When <elapsed> seconds pass for the buyer
    And the buyer asks Alipay for a new code
    Then the new code is refused with <left> seconds left on the countdown

    Examples:
      | elapsed | left |
      | 0       | 60   |
      | 6       | 54   |
      | 59      | 1    |

  @SCN-ALI-CODE-04 @ALI-03 @ALI-07
  Scenario: After the countdown a new code is sent and the previous code stops working
    Given the buyer has asked Alipay for a verification code
    When 60 seconds pass for the buyer
    And the buyer asks Alipay for a new code
    Then a new code arrives by SMS
    When the buyer enters the previous code
    Then the code is refused as wrong with 4 attempts left
    When the buyer enters the code received by SMS
    Then the code is accepted

  @SCN-ALI-CODE-05 @ALI-07 @ui
  Scenario: A code past its validity is refused
    Given the buyer has asked Alipay for a verification code
    When 5 minutes pass for the buyer
    And the buyer enters the code received by SMS
    Then the code is refused as expired

  @SCN-ALI-CODE-06 @ALI-07
  Scenario: A code is still accepted in its last second of validity
    Given the buyer has asked Alipay for a verification code
    When 299 seconds pass for the buyer
    And the buyer enters the code received by SMS
    Then the code is accepted

  @SCN-ALI-CODE-07 @ALI-07
  Scenario: A code is used once only
    Given the buyer has asked Alipay for a verification code
    And the buyer has entered the code received by SMS
    When the buyer enters the code received by SMS
    Then the code is refused as already used

  @SCN-ALI-CODE-08 @ALI-07 @ui
  Scenario: The sixth entry finds the code locked
    Given the buyer has asked Alipay for a verification code
    When the buyer enters a wrong code 5 times
    Then the code is refused as wrong with 0 attempts left
    When the buyer enters the code received by SMS
    Then the code is refused as locked

  @SCN-ALI-CODE-09 @ALI-03 @ALI-07
  Scenario: A locked code is replaced by a new one once the countdown ends
    Given the buyer has asked Alipay for a verification code
    And the buyer has entered a wrong code 5 times
    When 60 seconds pass for the buyer
    And the buyer asks Alipay for a new code
    And the buyer enters the code received by SMS
    Then the code is accepted

  @SCN-ALI-CODE-10 @ALI-07
  Scenario: A code only works for the mobile number it was sent to
    Given the buyer has asked Alipay for a verification code
    And another buyer with a "+60" mobile number has asked Alipay for a verification code
    When the buyer enters the code the other buyer received
    Then the code is refused as wrong with 4 attempts left

  @SCN-ALI-CODE-11 @ALI-07
  Scenario: A mobile number that was sent no code is told to ask for one first
    When the buyer enters the code "123456"
    Then the code is refused because no code was requested for this mobile number

  @SCN-ALI-CODE-12 @ALI-02 @ui
  Scenario Outline: Malformed or foreign mobile numbers are refused, naming the field and the rule
    When someone asks Alipay for a verification code for "<country code>" "<mobile>"
    Then the request is refused: field "<field>" breaks rule "<rule>"

    Examples:
      | country code | mobile     | field       | rule                      |
      | +60          | 12345      | mobile      | mobile-number-for-country |
      | +60          | 2025550123 | mobile      | mobile-number-for-country |
      | +60          | 12-34x-567 | mobile      | digits-only               |
      | +60          |            | mobile      | required                  |
      | +999         | 123456789  | countryCode | known-country-code        |
      | 60           | 123456789  | countryCode | known-country-code        |
      |              | 123456789  | countryCode | required                  |

  @SCN-ALI-CODE-13 @ALI-02 @ALI-07
  Scenario Outline: A code of the wrong shape is refused and not counted as an attempt
    Given the buyer has asked Alipay for a verification code
    When the buyer enters the code "<code>"
    Then the request is refused: field "code" breaks rule "<rule>"
    When the buyer enters a wrong code
    Then the code is refused as wrong with 4 attempts left

    Examples:
      | code    | rule       |
      | 12345   | six-digits |
      | 1234567 | six-digits |
      | 12a456  | six-digits |
      |         | required   |
