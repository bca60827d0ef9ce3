# language: en
@section-1 @alipay @faults
Feature: Alipay personal account — when Alipay is unavailable
  When Alipay does not answer, drops the connection or answers with an error, the buyer is told
  that Alipay is unavailable, nothing is recorded, and asking again afterwards works.

  Background:
    Given a buyer with a "+60" mobile number
    And the buyer has started the journey

  @SCN-ALI-FAULT-01 @ALI-02 @JRN-04 @ui
  Scenario: Alipay does not answer the code request; asking again works
    Given Alipay does not answer the next code request
    When the buyer asks Alipay for a verification code
    Then the buyer is told that Alipay is unavailable
    And the next step is "Enter code for account verification"
    When the buyer asks Alipay for a new code
    Then Alipay reports the code as sent
    When the buyer enters the code received by SMS
    Then the code is accepted

  @SCN-ALI-FAULT-02 @ALI-02 @JRN-04
  Scenario Outline: Alipay fails the code request with <kind>; nothing is recorded and asking again works
    Given Alipay fails the next code request with <kind>
    When the buyer asks Alipay for a verification code
    Then the buyer is told that Alipay is unavailable
    And the next step is "Enter code for account verification"
    When the buyer asks Alipay for a new code
    Then Alipay reports the code as sent

    Examples:
      | kind             |
      | connection-reset |
      | http-500         |
      | http-503         |
      | malformed-body   |
