# language: zh-CN
@section-6 @1688 @worldfirst
功能: 在1688.com付款——收银台的支付方式
  在1688.com使用World Pay方案付款：选择“跨境宝”（Cross-border treasure）作为支付方式。World Pay
  是海外买家唯一的支付方案吗？国际买家可以使用World Pay（由万里汇WorldFirst提供）、信用卡/借记卡
  或支付宝（仅限部分地区）付款。

  摘自 World Pay × 1688 常见问题——为什么在1688.com收银台找不到“World Pay（跨境宝）”支付方式？
  可能的原因：(a) 您在下单页没有选择必选的“担保交易”；(b) 您的订单含有违禁商品；(c) 您的订单
  使用了红包优惠（红包仅适用于使用支付宝绑定的银行卡付款）；(d) 您的1688.com账户没有关联在
  中国大陆注册的支付宝账户；(e) 您的1688.com账户尚未开通World Pay（跨境宝）服务；(f) 您购买的
  1688.com供应商不接受World Pay（跨境宝）付款；(g) World Pay（跨境宝）不适用于账期订单或合同
  订单。收银台会告诉买家是哪一条原因，以及可以怎么做。

  背景:
    假如一位使用"+60"手机号码的买家
    而且买家已开始流程
    而且买家已开通World账户
    而且买家已用已认证的1688账户"shop"登录

  @SCN-PAY-01 @PAY-01 @PAY-02 @PAY-06
  场景: 担保交易订单可使用World Pay，其费用与银行卡费用并列显示
    假如1688账户"shop"已开通World Pay（跨境宝）服务
    而且买家已订购1件"610000000001-gray"
    当买家打开该订单的收银台
    那么担保交易订单可使用World Pay（跨境宝）付款
    而且可用的支付方式为"world-pay, card"
    而且World Pay（跨境宝）手续费"0.36"，另加服务费"0.09"，合计"45.45""CNY"
    而且银行卡手续费"0.45"，合计"45.45""CNY"

  @SCN-PAY-02 @PAY-01
  场景大纲: 银行卡在所有地区可用，支付宝仅限部分地区
    假如1688账户"shop"已开通World Pay（跨境宝）服务
    而且买家已订购1件"610000000001-gray"，收货地区为"<region>"
    当买家打开该订单的收银台
    那么可用的支付方式为"<methods>"

    例子:
      | region | methods                 |
      | MY     | world-pay, card         |
      | TH     | world-pay, card         |
      | SG     | world-pay, card, alipay |
      | HK     | world-pay, card, alipay |

  @SCN-PAY-03 @PAY-02 @PAY-03
  场景: (a) 非担保交易的订单不能用World Pay付款
    假如1688账户"shop"已开通World Pay（跨境宝）服务
    而且买家已订购1件"610000000001-gray"，交易方式为"bank"
    当买家打开该订单的收银台
    那么不提供World Pay（跨境宝），原因为"not-secured-transaction"
    而且收银台告诉买家原因以及可以怎么做
    而且可用的支付方式为"card"

  @SCN-PAY-04 @PAY-03
  场景: (b) 含违禁商品的订单不能用World Pay付款
    假如1688账户"shop"已开通World Pay（跨境宝）服务
    而且买家已订购1件"610000000005-black"
    当买家打开该订单的收银台
    那么不提供World Pay（跨境宝），原因为"prohibited-items"
    而且收银台告诉买家原因以及可以怎么做
    而且可用的支付方式为"card"

  @SCN-PAY-05 @PAY-03
  场景: (c) 使用了红包优惠的订单不能用World Pay付款
    假如1688账户"shop"已开通World Pay（跨境宝）服务
    而且买家已订购3件"610000000001-gray"，并使用了红包"RP-5-OFF-50"
    当买家打开该订单的收银台
    那么不提供World Pay（跨境宝），原因为"red-packet-used"
    而且收银台告诉买家原因以及可以怎么做
    而且可用的支付方式为"card"

  @SCN-PAY-06 @PAY-03
  场景: (d) 关联的支付宝账户不是在中国大陆注册的1688账户不能用World Pay付款
    假如1688账户"shop"已开通World Pay（跨境宝）服务
    而且买家的支付宝账户不是在中国大陆注册的
    而且买家已订购1件"610000000001-gray"
    当买家打开该订单的收银台
    那么不提供World Pay（跨境宝），原因为"alipay-not-mainland-china"
    而且收银台告诉买家原因以及可以怎么做
    而且可用的支付方式为"card"

  @SCN-PAY-07 @PAY-03
  场景: (e) 未开通World Pay的1688账户不能用World Pay付款
    假如买家已订购1件"610000000001-gray"
    当买家打开该订单的收银台
    那么不提供World Pay（跨境宝），原因为"world-pay-not-activated"
    而且收银台告诉买家原因以及可以怎么做
    而且可用的支付方式为"card"

  @SCN-PAY-08 @PAY-03
  场景: (f) 不接受World Pay的供应商不能用World Pay付款
    假如1688账户"shop"已开通World Pay（跨境宝）服务
    而且买家已订购1件"610000000011-kit"
    当买家打开该订单的收银台
    那么不提供World Pay（跨境宝），原因为"supplier-not-accepting-world-pay"
    而且收银台告诉买家原因以及可以怎么做
    而且可用的支付方式为"card"

  @SCN-PAY-09 @PAY-03
  场景: (g) 账期订单不能用World Pay付款
    假如1688账户"shop"已开通World Pay（跨境宝）服务
    而且买家已订购1件"610000000001-gray"，订单类型为"credit-term"
    当买家打开该订单的收银台
    那么不提供World Pay（跨境宝），原因为"credit-term-or-contract-order"
    而且收银台告诉买家原因以及可以怎么做
    而且可用的支付方式为"card"

  @SCN-PAY-10 @PAY-01 @PAY-03
  场景: 收银台未提供的支付方式被拒绝
    假如1688账户"shop"已开通World Pay（跨境宝）服务
    而且买家已订购1件"610000000001-gray"
    当买家用支付宝支付该订单
    那么付款被拒绝，因为不提供该支付方式
