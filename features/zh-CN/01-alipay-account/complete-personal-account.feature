# language: zh-CN
@section-1 @alipay
功能: 支付宝个人账户——身份认证、登记所在地和地址、完善个人信息
  为什么需要注册支付宝个人账户？
  支付宝个人账户用于认证1688账户；如果1688账户已经认证，可以跳过此步。

  注册支付宝个人账户：“输入校验码验证账户”之后，依次是在认证中心“身份认证”、
  “登记所在地和地址”和“完善个人信息”——按此顺序，每一步都要在上一步完成之后。
  指南中没有写明的支付宝规则：证件为护照或身份证，证件号码为5到20位大写字母或数字；
  按支付宝的日期买家须年满18周岁；国籍和国家/地区使用两位ISO代码；邮政编码和电子邮箱为选填。

  背景:
    假如一位使用"+60"手机号码的买家
    而且买家已开始流程
    而且今天是"2026-01-05"

  @SCN-ALI-ACCT-01 @ALI-01 @ALI-04 @ALI-05 @ALI-06 @ui
  场景: 买家完善支付宝个人账户
    假如买家已在支付宝验证了手机号码
    当买家进行身份认证
    那么身份认证成功
    当买家登记所在地和地址
    那么所在地和地址登记成功
    当买家完善个人信息
    那么支付宝个人账户已完善
    而且下一步是"个人账户注册"

  @SCN-ALI-ACCT-02 @ALI-04
  场景大纲: 5到20位大写字母或数字的证件号码被接受
    假如买家已在支付宝验证了手机号码
    当买家进行身份认证，"documentNumber"填写"<document number>"
    那么身份认证成功

    例子:
      | document number      |
      | A1234                |
      | K12345678            |
      | 12345678901234567890 |

  @SCN-ALI-ACCT-03 @ALI-04
  场景大纲: 违反规则的身份信息被拒绝，指明字段和规则，且不记录任何内容
    假如买家已在支付宝验证了手机号码
    当买家进行身份认证，"<field>"填写"<value>"
    那么请求被拒绝：字段"<field>"违反规则"<rule>"
    而且下一步是"身份认证"

    例子:
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
  场景: 今天年满18周岁的买家可以进行身份认证
    假如买家已在支付宝验证了手机号码
    当买家进行身份认证，"dateOfBirth"填写"2008-01-05"
    那么身份认证成功

  @SCN-ALI-ACCT-05 @ALI-04
  场景: 明天才年满18周岁的买家因未成年被拒绝
    假如买家已在支付宝验证了手机号码
    当买家进行身份认证，"dateOfBirth"填写"2008-01-06"
    那么请求被拒绝：字段"dateOfBirth"违反规则"adult"
    而且下一步是"身份认证"

  @SCN-ALI-ACCT-06 @ALI-04
  场景: 认证中心无法认证的身份证件被拒绝，且不记录任何内容
    假如买家已在支付宝验证了手机号码
    当买家进行身份认证，"documentNumber"填写"FAIL12345"
    那么认证中心未通过身份认证
    而且下一步是"身份认证"

  @SCN-ALI-ACCT-07 @ALI-05
  场景大纲: 违反规则的地址被拒绝，指明字段和规则
    假如买家已在支付宝验证了手机号码
    而且买家已完成身份认证
    当买家登记所在地和地址，"<field>"填写"<value>"
    那么请求被拒绝：字段"<field>"违反规则"<rule>"
    而且下一步是"登记所在地和地址"

    例子:
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
  场景: 邮政编码可以不填
    假如买家已在支付宝验证了手机号码
    而且买家已完成身份认证
    当买家登记所在地和地址，"postalCode"填写""
    那么所在地和地址登记成功

  @SCN-ALI-ACCT-09 @ALI-05
  场景: 已登记的地址可以更正
    假如买家已在支付宝验证了手机号码
    而且买家已完成身份认证
    而且买家已登记所在地和地址
    当买家登记所在地和地址，"city"填写"Kuala Lumpur"
    那么所在地和地址登记成功
    而且下一步是"完善个人信息"

  @SCN-ALI-ACCT-10 @ALI-06
  场景大纲: 违反规则的个人信息被拒绝，指明字段和规则
    假如买家已在支付宝验证了手机号码
    而且买家已完成身份认证
    而且买家已登记所在地和地址
    当买家完善个人信息，"<field>"填写"<value>"
    那么请求被拒绝：字段"<field>"违反规则"<rule>"
    而且下一步是"完善个人信息"

    例子:
      | field      | value                | rule     |
      | occupation |                      | required |
      | email      | buyer-at-example.com | email    |
      | email      | buyer@               | email    |

  @SCN-ALI-ACCT-11 @ALI-06
  场景: 电子邮箱可以不填
    假如买家已在支付宝验证了手机号码
    而且买家已完成身份认证
    而且买家已登记所在地和地址
    当买家完善个人信息，"email"填写""
    那么支付宝个人账户已完善

  @SCN-ALI-ACCT-12 @ALI-04 @JRN-02
  场景: 输入短信校验码之前不能进行身份认证
    当买家进行身份认证
    那么请求被拒绝，须先完成步骤"输入校验码验证账户"

  @SCN-ALI-ACCT-13 @ALI-05 @JRN-02
  场景: 身份认证之前不能登记地址
    假如买家已在支付宝验证了手机号码
    当买家登记所在地和地址
    那么请求被拒绝，须先完成步骤"身份认证"

  @SCN-ALI-ACCT-14 @ALI-06 @JRN-02
  场景: 登记地址之前不能完善个人信息
    假如买家已在支付宝验证了手机号码
    而且买家已完成身份认证
    当买家完善个人信息
    那么请求被拒绝，须先完成步骤"登记所在地和地址"

  @SCN-ALI-ACCT-15 @ALI-06 @JRN-02
  场景: 跳步的买家被引导回第一个未完成的步骤
    当买家完善个人信息
    那么请求被拒绝，须先完成步骤"输入校验码验证账户"
