# language: zh-CN
@section-5 @1688
功能: 在1688.com下单——选择数量并下单
  选择数量，点击“立即订购”（已选1件，商品金额¥20.00；运费以下单页显示为准）。选择跨境物流并
  提交订单。

  指南未说明之处，我们的规则：数量不少于商品的起订量，不多于所选规格的库存；必须选择跨境物流
  （菜鸟国际标准 ¥25.00，菜鸟国际快递 ¥60.00）；同一订单提交两次只下一单。

  背景:
    假如一位使用"+60"手机号码的买家
    而且买家已开始流程
    而且买家已用已认证的1688账户"shop"登录

  @SCN-ORD-15 @ORD-02 @ORD-04 @ORD-06 @ui
  场景: 买家搜索商品、打开详情页，并选择跨境物流下单
    当买家在1688搜索"phone stand"
    那么搜索结果恰好是商品"610000000001"
    当买家打开商品"610000000001"的详情页
    那么单价为"20.00""CNY"
    而且规格"610000000001-gray"的库存为"14810"件
    当买家订购1件"610000000001-gray"，跨境物流选"CAINIAO_GLOBAL_STANDARD"
    那么订单已提交，等待买家付款：货款"20.00"，运费"25.00"，合计"45.00""CNY"

  @SCN-ORD-16 @ORD-04 @ORD-06
  场景大纲: 订单合计为按数量对应阶梯价计算的货款加运费
    当买家订购<quantity>件"610000000001-gray"，跨境物流选"<logistics>"
    那么订单已提交，等待买家付款：货款"<goods>"，运费"<carriage>"，合计"<total>""CNY"

    例子:
      | quantity | logistics               | goods    | carriage | total    |
      | 1        | CAINIAO_GLOBAL_EXPRESS  | 20.00    | 60.00    | 80.00    |
      | 99       | CAINIAO_GLOBAL_STANDARD | 1980.00  | 25.00    | 2005.00  |
      | 100      | CAINIAO_GLOBAL_STANDARD | 1850.00  | 25.00    | 1875.00  |
      | 1000     | CAINIAO_GLOBAL_STANDARD | 16800.00 | 25.00    | 16825.00 |

  @SCN-ORD-17 @ORD-06
  场景: 下单前可以预览订单
    当买家预览订单：100件"610000000001-gray"，跨境物流选"CAINIAO_GLOBAL_EXPRESS"
    那么预览显示：货款"1850.00"，运费"60.00"，合计"1910.00""CNY"

  @SCN-ORD-18 @ORD-06
  场景: 未选择跨境物流的订单被拒绝
    当买家订购1件"610000000001-gray"，未选择跨境物流
    那么请求被拒绝：字段"logisticsSolutionId"违反规则"required"

  @SCN-ORD-19 @ORD-05
  场景: 不销往买家所在地区的商品不能下单
    当买家订购1件"610000000004-white"，跨境物流选"CAINIAO_GLOBAL_STANDARD"
    那么订单被拒绝，因为该商品不销往地区"MY"

  @SCN-ORD-20 @ORD-05
  场景: 同一商品可以寄往它销售的地区
    当买家订购1件"610000000004-white"，收货地区为"SG"
    那么订单已提交，等待买家付款：货款"32.00"，运费"25.00"，合计"57.00""CNY"

  @SCN-ORD-21 @ORD-06
  场景: 订购数量不能超过库存
    当买家订购6件"610000000003-black"，跨境物流选"CAINIAO_GLOBAL_STANDARD"
    那么订单被拒绝，因为库存只有5件
    当买家订购5件"610000000003-black"，跨境物流选"CAINIAO_GLOBAL_STANDARD"
    那么订单已提交，等待买家付款：货款"21.00"，运费"25.00"，合计"46.00""CNY"

  @SCN-ORD-22 @ORD-06
  场景: 已售罄的规格不能下单
    当买家订购1件"610000000003-white"，跨境物流选"CAINIAO_GLOBAL_STANDARD"
    那么订单被拒绝，因为库存只有0件

  @SCN-ORD-23 @ORD-06
  场景: 订购数量不能少于起订量
    当买家订购9件"610000000002-clear"，跨境物流选"CAINIAO_GLOBAL_STANDARD"
    那么订单被拒绝，因为起订量为10件
    当买家订购10件"610000000002-clear"，跨境物流选"CAINIAO_GLOBAL_STANDARD"
    那么订单已提交，等待买家付款：货款"35.00"，运费"25.00"，合计"60.00""CNY"

  @SCN-ORD-24 @ORD-06
  场景: 同一订单提交两次只下一单
    当买家订购1件"610000000001-gray"，跨境物流选"CAINIAO_GLOBAL_STANDARD"
    而且买家再次提交同一订单
    那么返回的仍是同一订单

  @SCN-ORD-25 @ORD-06
  场景大纲: 输入有误的订单被拒绝，并指明字段和规则
    当买家订购<quantity>件"<variant>"，跨境物流选"<logistics>"
    那么请求被拒绝：字段"<field>"违反规则"<rule>"

    例子:
      | quantity   | variant             | logistics               | field               | rule                     |
      | 0          | 610000000001-gray   | CAINIAO_GLOBAL_STANDARD | quantity            | whole-number-1-999999999 |
      | 1000000000 | 610000000001-gray   | CAINIAO_GLOBAL_STANDARD | quantity            | whole-number-1-999999999 |
      | 1          | 610000000001-purple | CAINIAO_GLOBAL_STANDARD | specId              | known-variant            |
      | 1          | 610000000001-gray   | DHL_EXPRESS             | logisticsSolutionId | one-of                   |

  @SCN-ORD-26 @ORD-06
  场景: 买家下单时无法连接1688
    假如1688下单服务持续不可用
    当买家订购1件"610000000001-gray"，跨境物流选"CAINIAO_GLOBAL_STANDARD"
    那么买家被告知1688暂时不可用
