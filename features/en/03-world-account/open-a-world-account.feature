# language: en
@section-3 @worldfirst
Feature: World Account — register for a World account with WorldFirst
  How to register for a World account? Visit portal.worldfirst.com/register and complete your
  registration with WorldFirst. Where is your business based? Select the country where your
  business is registered — or the main country where you operate if not registered. Let's create
  your account: contact name (first name, last name), email or mobile with "Send code", a password
  for your World Account login, an invitation code (optional), "I want to receive market insights"
  (optional); by creating an account you agree to the terms.

  Why do you need to link a World account? The World Account provides multi-currency accounts
  with 3 features: to receive funds, manage funds in multiple currencies and make payments — our
  competitive rates provide overall cost savings in FX conversions.

  Our rules where the guide is silent: the code has 6 digits, is valid for 10 minutes, can be sent
  again after 60 seconds and is locked after 5 wrong entries; a password has 8 to 32 characters
  with an upper-case letter, a lower-case letter and a digit; one World Account per journey.

  Background:
    Given a buyer with a "+60" mobile number
    And the buyer has started the journey

  @SCN-WFA-01 @WFA-01 @WFA-02
  Scenario: A buyer opens a World Account with the code sent to their mobile
    When the buyer asks WorldFirst for a code by SMS
    Then a WorldFirst code is sent to the buyer's masked mobile, valid for 10 minutes
    When the buyer creates the World Account with the code received
    Then the World Account is opened

  @SCN-WFA-02 @WFA-02
  Scenario: A buyer opens a World Account with the code sent by e-mail
    When the buyer asks WorldFirst for a code by e-mail
    Then a WorldFirst code is sent to the buyer's masked e-mail address
    When the buyer creates the World Account with the code received
    Then the World Account is opened

  @SCN-WFA-03 @WFA-01
  Scenario Outline: The country where the business is registered or operates is a country code
    Given the buyer has asked WorldFirst for a code by SMS
    When the buyer creates the World Account with the country of business "<country>"
    Then the World Account is opened

    Examples:
      | country |
      | MY      |
      | SG      |
      | TR      |

  @SCN-WFA-04 @WFA-02
  Scenario Outline: A password of 8 to 32 characters with upper case, lower case and a digit is accepted
    Given the buyer has asked WorldFirst for a code by SMS
    When the buyer creates the World Account with the password "<password>"
    Then the World Account is opened

    Examples:
      | password                         |
      | Abcdef12                         |
      | Abcdefghijklmnopqrstuvwxyz123456 |

  @SCN-WFA-05 @WFA-02
  Scenario Outline: A password too short, too long or without upper case, lower case and a digit is refused
    Given the buyer has asked WorldFirst for a code by SMS
    When the buyer creates the World Account with the password "<password>"
    Then the request is refused: field "password" breaks rule "<rule>"

    Examples:
      | password                          | rule                  |
      | Abcde12                           | 8-to-32-characters    |
      | Abcdefghijklmnopqrstuvwxyz1234567 | 8-to-32-characters    |
      | abcdefg1                          | upper-lower-and-digit |
      | ABCDEFG1                          | upper-lower-and-digit |
      | Abcdefgh                          | upper-lower-and-digit |

  @SCN-WFA-06 @WFA-02
  Scenario: An invitation code and market insights can be given
    Given the buyer has asked WorldFirst for a code by SMS
    When the buyer creates the World Account with the invitation code "WF2025", wishing to receive market insights
    Then the World Account is opened with market insights

  @SCN-WFA-14 @WFA-02
  Scenario: The invitation code and market insights are optional
    Given the buyer has asked WorldFirst for a code by SMS
    When the buyer creates the World Account without an invitation code or market insights
    Then the World Account is opened without market insights

  @SCN-WFA-07 @WFA-02
  Scenario: Creating the account is refused without agreeing to the terms
    Given the buyer has asked WorldFirst for a code by SMS
    When the buyer creates the World Account without agreeing to the terms
    Then the request is refused: field "termsAccepted" breaks rule "accepted"

  @SCN-WFA-08 @WFA-02
  Scenario: A wrong code is refused and counted
    Given the buyer has asked WorldFirst for a code by SMS
    When the buyer creates the World Account with a wrong code
    Then the code is refused as wrong with 4 attempts left

  @SCN-WFA-09 @WFA-02
  Scenario: Five wrong codes lock the code, and the right one no longer works
    Given the buyer has asked WorldFirst for a code by SMS
    When the buyer creates the World Account with a wrong code 5 times
    And the buyer creates the World Account with the code received
    Then the code is refused as locked

  @SCN-WFA-10 @WFA-02
  Scenario: A code older than 10 minutes is refused as expired
    Given the buyer has asked WorldFirst for a code by SMS
    When 10 minutes pass for the buyer
    And the buyer creates the World Account with the code received
    Then the code is refused as expired

  @SCN-WFA-11 @WFA-02
  Scenario: A new code is refused until 60 seconds have passed
    Given the buyer has asked WorldFirst for a code by SMS
    When 5 seconds pass for the buyer
    And the buyer asks WorldFirst for a code by SMS
    Then the new code is refused with 55 seconds left on the countdown

  @SCN-WFA-12 @WFA-02
  Scenario: A journey has one World Account
    Given the buyer has opened a World Account
    When the buyer asks WorldFirst for a code by SMS
    And the buyer creates the World Account with the code received
    Then the request is refused because the step "Register for a World account" is already done

  @SCN-WFA-13 @WFA-03 @ui
  Scenario: The buyer is told why a World Account is needed
    Then the World Account page tells the buyer why a World Account is needed
