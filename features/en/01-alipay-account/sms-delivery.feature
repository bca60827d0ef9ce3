# language: en
@section-1 @alipay @magic-values
Feature: Alipay personal account — when the SMS does not come, or comes late
  "Enter code for account verification — Please enter the code received by …": the code travels
  by SMS, and SMS can fail. The simulator's magic mobile numbers (+60 19-000 NNN9 never receives
  SMS, +60 19-000 NNN5 receives them 2 minutes late) let a system show what it does then.

  @SCN-ALI-SMS-01 @ALI-02
  Scenario: A phone that never receives SMS is told the code was sent, but no code arrives
    Given a buyer whose mobile number never receives SMS
    And the buyer has started the journey
    When the buyer asks Alipay for a verification code
    Then Alipay reports the code as sent
    When 10 minutes pass for the buyer
    Then no SMS has reached the buyer

  @SCN-ALI-SMS-02 @ALI-02 @ALI-07
  Scenario: A code that arrives 2 minutes late is still accepted within its 5 minutes
    Given a buyer whose SMS arrive late
    And the buyer has started the journey
    And the buyer has asked Alipay for a verification code
    When 119 seconds pass for the buyer
    Then no SMS has reached the buyer
    When 1 second passes for the buyer
    And the buyer enters the code received by SMS
    Then the code is accepted
