# language: en
@section-0 @journey
Feature: The buyer journey — six steps, in the guide's order, kept between visits
  Beginner's guide for international buyers: 1. Set up an Alipay Personal Account,
  2. Set up a 1688 account, 3. Set up a World account, 4. Authorise your 1688 account with
  WorldFirst (4A) and top up into World Account (4B), 5. Make an order on 1688.com,
  6. Make payment on 1688.com. A buyer who leaves and comes back with the same mobile number
  resumes where they stopped — also after the app has restarted.

  Background:
    Given a buyer with a "+60" mobile number

  @SCN-JRN-01 @JRN-01 @ui
  Scenario: A new journey shows the guide's steps in order and starts with the Alipay code
    When the buyer starts the journey
    Then the journey shows the guide's steps in this order: "Alipay personal account, 1688 account, World account, authorising the 1688 account with WorldFirst, top-up into World Account, order on 1688.com, payment on 1688.com"
    And the next step is "Enter code for account verification"
    And the step "Alipay personal account" is "to do"

  @SCN-JRN-02 @JRN-04 @ui
  Scenario: A buyer who comes back resumes where they stopped
    Given the buyer has started the journey
    And the buyer has asked Alipay for a verification code
    And the buyer has entered the code received by SMS
    When the buyer comes back later with the same mobile number
    Then the next step is "Verify Identity"

  @SCN-JRN-03 @JRN-04 @restart
  Scenario: Progress survives a restart of the app
    Given the buyer has started the journey
    And the buyer has asked Alipay for a verification code
    And the buyer has entered the code received by SMS
    When the app restarts
    And the buyer comes back later with the same mobile number
    Then the next step is "Verify Identity"
