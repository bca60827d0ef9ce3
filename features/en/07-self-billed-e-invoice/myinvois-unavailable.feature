# language: en
@section-7 @1688 @myinvois @faults @myinvois-faults
Feature: Self-billed e-invoice — when MyInvois is unavailable
  When MyInvois drops the connection or answers with an error while the buyer submits a
  self-billed e-invoice, the buyer is told that MyInvois is unavailable, nothing is submitted, and
  submitting the same e-invoice again afterwards works.

  Background:
    Given a buyer with a "+60" mobile number
    And the buyer has started the journey
    And the buyer has paid 1688 orders
      | order | offerId      | specId            | quantity |
      | A     | 610000000001 | 610000000001-gray | 2        |

  @SCN-INV-11 @INV-02
  Scenario Outline: MyInvois fails the submission with <kind>; submitting again works
    Given MyInvois fails the next e-invoice submission with <kind>
    When the buyer submits the self-billed e-invoice of order "A" with classification "009" and e-invoice number "INV-0011"
    Then the buyer is told that MyInvois is unavailable
    And MyInvois has received no e-invoice "INV-0011"
    When the buyer submits the same e-invoice again
    Then MyInvois accepts the e-invoice as valid, classified "009"
    And MyInvois has received the e-invoice "INV-0011" once

    Examples:
      | kind             |
      | connection-reset |
      | http-503         |
