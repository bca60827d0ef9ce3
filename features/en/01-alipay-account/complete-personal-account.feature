# language: en
@section-1 @alipay
Feature: Alipay personal account — verify identity, register location and address, complete personal details
  Why do you need to register for an Alipay personal account?
  An Alipay personal account is necessary for verification of 1688 account,
  if 1688 account is already verified you may skip this.

  Register an Alipay Personal Account: after "Enter code for account verification" come
  "Verify Identity" in the Verification Center, "Register location and address" and
  "Complete Personal Details" — in this order, each step only once the one before it is done.
  Alipay's rules, which the guide does not show: a passport or a national identity card, its
  number 5 to 20 capital letters or digits; the buyer at least 18 years old on Alipay's day;
  nationality and country as two-letter ISO codes; the postal code and the e-mail are optional.

  Background:
    Given a buyer with a "+60" mobile number
    And the buyer has started the journey
    And it is "2026-01-05" for the buyer

  @SCN-ALI-ACCT-01 @ALI-01 @ALI-04 @ALI-05 @ALI-06 @ui
  Scenario: The buyer completes the Alipay personal account
    Given the buyer has confirmed their mobile number with Alipay
    When the buyer verifies their identity
    Then the identity is verified
    When the buyer registers their location and address
    Then the location and address are registered
    When the buyer completes their personal details
    Then the Alipay personal account is complete
    And the next step is "Register for a 1688 personal account"

  @SCN-ALI-ACCT-02 @ALI-04
  Scenario Outline: A document number of 5 to 20 capital letters or digits is accepted
    Given the buyer has confirmed their mobile number with Alipay
    When the buyer verifies their identity with "documentNumber" "<document number>"
    Then the identity is verified

    Examples:
      | document number      |
      | A1234                |
      | K12345678            |
      | 12345678901234567890 |

  @SCN-ALI-ACCT-03 @ALI-04
  Scenario Outline: An identity that breaks a rule is refused, naming the field and the rule, and nothing is recorded
    Given the buyer has confirmed their mobile number with Alipay
    When the buyer verifies their identity with "<field>" "<value>"
    Then the request is refused: field "<field>" breaks rule "<rule>"
    And the next step is "Verify Identity"

    Examples:
      | field          | value                 | rule            |
      | documentNumber | A123                  | document-number |
      | documentNumber | A1234567890123456789X | document-number |
      | documentNumber | a12345678             | document-number |
      | documentNumber | A-1234567             | document-number |
      | documentType   | DRIVING_LICENCE       | one-of          |
      | nationality    | XX                    | iso-country     |
      | nationality    | MYS                   | iso-country     |
      | dateOfBirth    | 12/04/1990            | iso-date        |
      | dateOfBirth    | 1990-02-30            | iso-date        |
      | documentType   |                       | required        |
      | documentNumber |                       | required        |
      | fullName       |                       | required        |
      | nationality    |                       | required        |
      | dateOfBirth    |                       | required        |

  @SCN-ALI-ACCT-04 @ALI-04
  Scenario: A buyer who turns 18 today may verify their identity
    Given the buyer has confirmed their mobile number with Alipay
    When the buyer verifies their identity with "dateOfBirth" "2008-01-05"
    Then the identity is verified

  @SCN-ALI-ACCT-05 @ALI-04
  Scenario: A buyer who turns 18 tomorrow is refused as under age
    Given the buyer has confirmed their mobile number with Alipay
    When the buyer verifies their identity with "dateOfBirth" "2008-01-06"
    Then the request is refused: field "dateOfBirth" breaks rule "adult"
    And the next step is "Verify Identity"

  @SCN-ALI-ACCT-06 @ALI-04
  Scenario: An identity document the Verification Center cannot verify is refused and nothing is recorded
    Given the buyer has confirmed their mobile number with Alipay
    When the buyer verifies their identity with "documentNumber" "FAIL12345"
    Then the Verification Center does not verify the identity
    And the next step is "Verify Identity"

  @SCN-ALI-ACCT-07 @ALI-05
  Scenario Outline: An address that breaks a rule is refused, naming the field and the rule
    Given the buyer has confirmed their mobile number with Alipay
    And the buyer has verified their identity
    When the buyer registers their location and address with "<field>" "<value>"
    Then the request is refused: field "<field>" breaks rule "<rule>"
    And the next step is "Register location and address"

    Examples:
      | field       | value         | rule        |
      | country     | Malaysia      | iso-country |
      | country     | my            | iso-country |
      | postalCode  | 1234567890123 | postal-code |
      | postalCode  | 47300#        | postal-code |
      | country     |               | required    |
      | region      |               | required    |
      | city        |               | required    |
      | addressLine |               | required    |

  @SCN-ALI-ACCT-08 @ALI-05
  Scenario: The postal code may be left out
    Given the buyer has confirmed their mobile number with Alipay
    And the buyer has verified their identity
    When the buyer registers their location and address with "postalCode" ""
    Then the location and address are registered

  @SCN-ALI-ACCT-09 @ALI-05
  Scenario: A registered address may be corrected
    Given the buyer has confirmed their mobile number with Alipay
    And the buyer has verified their identity
    And the buyer has registered their location and address
    When the buyer registers their location and address with "city" "Kuala Lumpur"
    Then the location and address are registered
    And the next step is "Complete Personal Details"

  @SCN-ALI-ACCT-10 @ALI-06
  Scenario Outline: Personal details that break a rule are refused, naming the field and the rule
    Given the buyer has confirmed their mobile number with Alipay
    And the buyer has verified their identity
    And the buyer has registered their location and address
    When the buyer completes their personal details with "<field>" "<value>"
    Then the request is refused: field "<field>" breaks rule "<rule>"
    And the next step is "Complete Personal Details"

    Examples:
      | field      | value                | rule     |
      | occupation |                      | required |
      | email      | buyer-at-example.com | email    |
      | email      | buyer@               | email    |

  @SCN-ALI-ACCT-11 @ALI-06
  Scenario: The e-mail address may be left out
    Given the buyer has confirmed their mobile number with Alipay
    And the buyer has verified their identity
    And the buyer has registered their location and address
    When the buyer completes their personal details with "email" ""
    Then the Alipay personal account is complete

  @SCN-ALI-ACCT-12 @ALI-04 @JRN-02
  Scenario: The identity cannot be verified before the code sent by SMS is entered
    When the buyer verifies their identity
    Then the request is refused until the step "Enter code for account verification" is finished

  @SCN-ALI-ACCT-13 @ALI-05 @JRN-02
  Scenario: The address cannot be registered before the identity is verified
    Given the buyer has confirmed their mobile number with Alipay
    When the buyer registers their location and address
    Then the request is refused until the step "Verify Identity" is finished

  @SCN-ALI-ACCT-14 @ALI-06 @JRN-02
  Scenario: The personal details cannot be completed before the address is registered
    Given the buyer has confirmed their mobile number with Alipay
    And the buyer has verified their identity
    When the buyer completes their personal details
    Then the request is refused until the step "Register location and address" is finished

  @SCN-ALI-ACCT-15 @ALI-06 @JRN-02
  Scenario: A buyer who skips ahead is sent back to the first step not done
    When the buyer completes their personal details
    Then the request is refused until the step "Enter code for account verification" is finished
