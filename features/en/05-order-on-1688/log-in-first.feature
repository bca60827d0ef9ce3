# language: en
@section-5 @1688
Feature: Make an order on 1688.com — log in to your 1688.com account first
  Go to 1688.com and log in to your 1688.com account: searching and ordering are done as a 1688
  member, so they wait until the buyer has a 1688 account in the journey.

  Background:
    Given a buyer with a "+60" mobile number
    And the buyer has started the journey

  @SCN-ORD-10 @ORD-01 @JRN-02
  Scenario: A buyer cannot search 1688 before logging in
    When the buyer searches 1688 for "phone stand"
    Then the request is refused until the step "Enter the verification code sent to your mobile" is finished

  @SCN-ORD-11 @ORD-01 @JRN-02
  Scenario: A buyer cannot order before logging in
    When the buyer orders 1 of "610000000001-gray" with "CAINIAO_GLOBAL_STANDARD" logistics
    Then the request is refused until the step "Enter the verification code sent to your mobile" is finished
