# language: en
@section-99 @help
Feature: Help — who answers the buyer's questions, and when
  SEA Customer Service (WorldFirst). Phone hours: Monday to Friday 09:00 – 17:00 local time.
  Email enquiries: we will reply within 1-2 working days.
  If you have more questions related to World Pay (跨境宝) and 1688.com, contact the
  1688.com Customer Service hotline 400-800-1688. Operation hours: Monday – Friday 9:00-18:00 (GMT+8).
  The guide does not say whose "local time" the SEA line keeps: we read it as Singapore's, where
  its number (+65) rings, which is GMT+8 like the 1688.com hotline.

  @SCN-SUP-01 @SUP-01 @ui
  Scenario: WorldFirst's SEA customer service answers by e-mail and by phone
    When the buyer opens the help page
    Then WorldFirst customer service can be e-mailed at "seaclients@service.worldfirst.com" and replies within "1-2" working days
    And WorldFirst customer service can be called on "+65 6805 4380" from Monday to Friday, "09:00" to "17:00" local time

  @SCN-SUP-02 @SUP-02 @ui
  Scenario: The 1688.com customer service hotline and its hours
    When the buyer opens the help page
    Then the 1688.com customer service hotline is "400-800-1688", from Monday to Friday, "9:00" to "18:00" (GMT+8)

  @SCN-SUP-03 @SUP-01 @SUP-02
  Scenario Outline: On a working day within both lines' hours, both answer the phone
    When the buyer opens the help page at "<time>" GMT+8
    Then WorldFirst customer service answers the phone at that time
    And the 1688.com hotline answers at that time

    Examples:
      | time             |
      | 2026-01-05 09:00 |
      | 2026-01-09 16:59 |

  @SCN-SUP-04 @SUP-01 @SUP-02
  Scenario Outline: Between 17:00 and 18:00 only the 1688.com hotline answers
    When the buyer opens the help page at "<time>" GMT+8
    Then WorldFirst customer service does not answer the phone at that time
    And the 1688.com hotline answers at that time

    Examples:
      | time             |
      | 2026-01-05 17:00 |
      | 2026-01-09 17:59 |

  @SCN-SUP-05 @SUP-01 @SUP-02
  Scenario Outline: Before 9:00, from 18:00 and at the weekend neither line answers
    When the buyer opens the help page at "<time>" GMT+8
    Then WorldFirst customer service does not answer the phone at that time
    And the 1688.com hotline does not answer at that time

    Examples:
      | time             |
      | 2026-01-05 08:59 |
      | 2026-01-09 18:00 |
      | 2026-01-10 10:00 |
      | 2026-01-11 12:00 |
