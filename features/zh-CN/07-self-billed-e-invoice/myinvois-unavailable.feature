# language: zh-CN
@section-7 @1688 @myinvois @faults @myinvois-faults
功能: 自开电子发票——MyInvois不可用时
  买家提交自开电子发票时，如果MyInvois断开连接或返回错误，买家会被告知MyInvois暂时不可用，
  不会提交任何内容，之后再次提交同一张电子发票即可成功。

  背景:
    假如一位使用"+60"手机号码的买家
    而且买家已开始流程
    而且买家已支付1688订单
      | order | offerId      | specId            | quantity |
      | A     | 610000000001 | 610000000001-gray | 2        |

  @SCN-INV-11 @INV-02
  场景大纲: MyInvois在提交时发生故障<kind>；再次提交即可成功
    假如MyInvois在下一次提交电子发票时发生故障<kind>
    当买家提交订单"A"的自开电子发票，产品分类为"009"，电子发票号码为"INV-0011"
    那么买家被告知MyInvois暂时不可用
    而且MyInvois未收到电子发票"INV-0011"
    当买家再次提交同一张电子发票
    那么MyInvois接受该电子发票，状态为有效，产品分类为"009"
    而且MyInvois只收到一次电子发票"INV-0011"

    例子:
      | kind             |
      | connection-reset |
      | http-503         |
