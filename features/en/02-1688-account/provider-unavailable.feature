# language: en
@section-2 @1688 @faults
Feature: 1688 account — when 1688 is unavailable
  When 1688 does not answer, drops the connection or answers with an error while the buyer
  registers, the buyer is told that 1688 is unavailable, nothing is recorded, and registering
  again afterwards works with the same member name.

  Background:
    Given a buyer with a "+60" mobile number
    And the buyer has started the journey

  @SCN-REG-FAULT-01 @REG-02 @JRN-04 @ui
  Scenario: 1688 does not answer the registration; registering again works
    Given 1688 does not answer the next registration
    When the buyer registers a 1688 personal account
    Then the buyer is told that 1688 is unavailable
    And the next step is "Enter code for account verification"
    When the buyer registers a 1688 personal account
    Then a 1688 code is sent to the buyer's mobile, valid for 15 minutes

  @SCN-REG-FAULT-02 @REG-02 @JRN-04
  Scenario Outline: 1688 fails the registration with <kind>; nothing is recorded and registering again works
    Given 1688 fails the next registration with <kind>
    When the buyer registers a 1688 personal account
    Then the buyer is told that 1688 is unavailable
    And the next step is "Enter code for account verification"
    When the buyer registers a 1688 personal account
    Then a 1688 code is sent to the buyer's mobile, valid for 15 minutes

    Examples:
      | kind             |
      | connection-reset |
      | http-500         |
      | http-503         |
      | malformed-body   |
