# language: en
@section-2 @1688
Feature: 1688 account — register for a 1688 personal account
  How to register for a 1688 account? Open the 1688.com official website and register for a
  1688 personal account. If you are an international buyer (not a buyer in China), please register
  for personal account (个人账户注册); the enterprise form (企业账户注册) needs a Chinese business
  licence.

  Enter your details: Member Name (会员名), Password (登录密码), Confirm the password (密码确认),
  Country code & Mobile Phone Number (手机号码, 中国大陆 +86 preselected), hold the slider and drag
  it to the right (请按住滑块，拖动到最右边), agree to the Alibaba terms, the privacy statement and
  the Alipay service agreement, then 同意并注册. A verification code (校验码) is sent to your
  mobile: valid for 15 minutes, do not disclose it; 重发(52 s) counts down before a new code can be
  sent; then 提交.

  How to navigate in English? The guide asks buyers to let Google Translate always translate
  Chinese; the reference pages are offered in English, Russian, Turkish and Chinese instead.

  Our rules where the guide is silent: a member name has 5 to 25 characters and no spaces, and is
  unique whatever its case; a password has 6 to 20 characters and mixes at least two of letters,
  digits and symbols; a new code can be sent after 60 s and replaces the previous one; 5 wrong
  entries lock a code; a code is used once.

  Background:
    Given a buyer with a "+60" mobile number
    And the buyer has started the journey

  @SCN-REG-01 @REG-01 @REG-02 @REG-04 @ui
  Scenario: A buyer registers a personal account with the code sent by SMS
    When the buyer registers a 1688 personal account
    Then a 1688 code is sent to the buyer's mobile, valid for 15 minutes
    When the buyer enters the 1688 code received by SMS
    Then the 1688 account is registered

  @SCN-REG-02 @REG-03
  Scenario Outline: A member name of 5 to 25 characters is accepted
    When the buyer registers a 1688 personal account with a member name of <length> characters
    Then a 1688 code is sent to the buyer's mobile, valid for 15 minutes

    Examples:
      | length |
      | 5      |
      | 25     |

  @SCN-REG-03 @REG-03
  Scenario Outline: A member name shorter than 5 or longer than 25 characters is refused
    When the buyer registers a 1688 personal account with a member name of <length> characters
    Then the request is refused: field "memberName" breaks rule "length-5-25"

    Examples:
      | length |
      | 4      |
      | 26     |

  @SCN-REG-04 @REG-03
  Scenario: A member name with a space is refused
    When the buyer registers a 1688 personal account with the member name "my shop"
    Then the request is refused: field "memberName" breaks rule "no-whitespace"

  @SCN-REG-05 @REG-03
  Scenario Outline: A member name already registered is refused, whatever its case
    Given the 1688 member name "shopper" is already registered
    When the buyer registers a 1688 personal account with the member name "<member name>"
    Then the registration is refused because the member name is taken

    Examples:
      | member name |
      | shopper     |
      | SHOPPER     |

  @SCN-REG-06 @REG-03
  Scenario Outline: A password of 6 to 20 characters mixing two kinds of characters is accepted
    When the buyer registers a 1688 personal account with the password "<password>"
    Then a 1688 code is sent to the buyer's mobile, valid for 15 minutes

    Examples:
      | password             |
      | abc123               |
      | abcdefghij123456789! |
      | abcdef!@             |
      | 123456!@             |

  @SCN-REG-07 @REG-03
  Scenario Outline: A password too short, too long or of one kind of character is refused
    When the buyer registers a 1688 personal account with the password "<password>"
    Then the request is refused: field "password" breaks rule "<rule>"

    Examples:
      | password              | rule                  |
      | abc12                 | length-6-20           |
      | abcdefghij123456789!x | length-6-20           |
      | abcdefgh              | two-character-classes |
      | 12345678              | two-character-classes |
      | !@#$%^&*              | two-character-classes |

  @SCN-REG-08 @REG-03
  Scenario: A confirmation that differs from the password is refused
    When the buyer registers a 1688 personal account confirming a different password
    Then the request is refused: field "confirmPassword" breaks rule "equals-password"

  @SCN-REG-09 @REG-02 @REG-03
  Scenario Outline: Registration is refused without each of the three consents
    When the buyer registers a 1688 personal account without ticking "<consent>"
    Then the request is refused: field "<consent>" breaks rule "must-be-true"

    Examples:
      | consent      |
      | agreeTerms   |
      | agreePrivacy |
      | agreeAlipay  |

  @SCN-REG-10 @REG-02 @REG-03
  Scenario: Registration is refused without the slider check
    When the buyer registers a 1688 personal account without touching the slider
    Then the request is refused: field "sliderOffset" breaks rule "required"

  @SCN-REG-11 @REG-02 @REG-03
  Scenario Outline: A slider not dragged all the way to the right is refused
    When the buyer registers a 1688 personal account dragging the slider <offset> of 300
    Then the registration is refused because the slider was not dragged to the end

    Examples:
      | offset |
      | 0      |
      | 150    |
      | 299    |

  @SCN-REG-12 @REG-02 @REG-03
  Scenario: A slider dragged exactly to the end of its track is enough
    When the buyer registers a 1688 personal account dragging the slider 300 of 300
    Then a 1688 code is sent to the buyer's mobile, valid for 15 minutes

  @SCN-REG-13 @REG-02 @REG-03
  Scenario Outline: A malformed or foreign mobile number is refused, naming the field and the rule
    When the buyer registers a 1688 personal account with the mobile number "<country code>" "<mobile>"
    Then the request is refused: field "<field>" breaks rule "<rule>"

    Examples:
      | country code | mobile      | field       | rule                      |
      | +60          | 12345       | mobile      | mobile-number-for-country |
      | +86          | 123456789   | mobile      | mobile-number-for-country |
      | +60          | 13812345678 | mobile      | mobile-number-for-country |
      | +60          | 12-34x-567  | mobile      | digits-only               |
      | +60          |             | mobile      | required                  |
      | +999         | 123456789   | countryCode | known-country-code        |
      | 60           | 123456789   | countryCode | known-country-code        |
      |              | 123456789   | countryCode | required                  |

  @SCN-REG-14 @REG-01
  Scenario Outline: The enterprise form is refused without a Chinese business licence
    When the buyer registers a 1688 enterprise account with the business licence "<licence>"
    Then the registration is refused because an enterprise account needs a Chinese business licence

    Examples:
      | licence  |
      |          |
      | 12345678 |

  @SCN-REG-15 @REG-04
  Scenario: A wrong code is refused and counted
    Given the buyer has submitted the 1688 registration form
    When the buyer enters a wrong 1688 code
    Then the code is refused as wrong with 4 attempts left

  @SCN-REG-16 @REG-04
  Scenario: A code is still accepted in the last second of its 15 minutes
    Given the buyer has submitted the 1688 registration form
    When 899 seconds pass for the buyer
    And the buyer enters the 1688 code received by SMS
    Then the 1688 account is registered

  @SCN-REG-17 @REG-04
  Scenario: A code older than 15 minutes is refused as expired
    Given the buyer has submitted the 1688 registration form
    When 15 minutes pass for the buyer
    And the buyer enters the 1688 code received by SMS
    Then the code is refused as expired

  @SCN-REG-18 @REG-04
  Scenario: A code is used once only
    Given the buyer has registered a 1688 personal account
    When the buyer enters the 1688 code received by SMS
    Then the code is refused as already used

  @SCN-REG-19 @REG-04
  Scenario Outline: Asking 1688 to resend the code before the countdown ends is refused
    Given the buyer has submitted the 1688 registration form
    When <elapsed> seconds pass for the buyer
    And the buyer asks 1688 to resend the code
    Then the new code is refused with <left> seconds left on the countdown

    Examples:
      | elapsed | left |
      | 0       | 60   |
      | 8       | 52   |
      | 59      | 1    |

  @SCN-REG-20 @REG-04
  Scenario: After the countdown a new code is sent and the previous code stops working
    Given the buyer has submitted the 1688 registration form
    When 60 seconds pass for the buyer
    And the buyer asks 1688 to resend the code
    Then a new 1688 code arrives by SMS
    When the buyer enters the previous 1688 code
    Then the code is refused as wrong with 4 attempts left
    When the buyer enters the 1688 code received by SMS
    Then the 1688 account is registered

  @SCN-REG-21 @REG-04
  Scenario Outline: A code of the wrong shape is refused and not counted as an attempt
    Given the buyer has submitted the 1688 registration form
    When the buyer enters the 1688 code "<code>"
    Then the request is refused: field "code" breaks rule "<rule>"
    When the buyer enters a wrong 1688 code
    Then the code is refused as wrong with 4 attempts left

    Examples:
      | code    | rule       |
      | 12345   | six-digits |
      | 12a456  | six-digits |
      |         | required   |

  @SCN-REG-22 @REG-04 @JRN-02
  Scenario: A code entered before registering is refused until the registration is done
    When the buyer enters the 1688 code "123456"
    Then the request is refused until the step "Register for a 1688 personal account" is finished

  @SCN-REG-23 @REG-04 @JRN-02
  Scenario: A new code asked for before registering is refused until the registration is done
    When the buyer asks 1688 to resend the code
    Then the request is refused until the step "Register for a 1688 personal account" is finished

  @SCN-REG-24 @REG-01 @JRN-02
  Scenario: A journey registers one 1688 account: a second registration is refused
    Given the buyer has registered a 1688 personal account
    When the buyer registers a 1688 personal account with the member name "secondshop"
    Then the request is refused because the step "Enter the verification code sent to your mobile" is already done
