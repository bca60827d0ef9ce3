# language: zh-CN
@section-5 @1688
功能: 在1688.com下单——找到商品
  打开1688.com，登录您的1688.com账户。访问 global.1688.com/#/home，浏览面向国际买家的商品。
  跨境1688的供应商和普通1688的供应商一样吗？在1688.com上是一样的，但在1688跨境页面
  （global.1688.com）上，经过认证的卖家更了解跨境电商卖家的需求。在这个页面搜索热销商品：
  点击“跨境”，再点击“海外商家”。跨境选项专为海外电商卖家设计，您可以用商品链接或图片搜索
  指定商品，并按地区和商品类目筛选搜索结果。

  背景:
    假如一位使用"+60"手机号码的买家
    而且买家已开始流程
    而且买家已用已认证的1688账户"shop"登录

  @SCN-ORD-01 @ORD-01 @ORD-02
  场景: 买家用关键词找到指南中的手机支架
    当买家在1688搜索"phone stand"
    那么搜索结果恰好是商品"610000000001"

  @SCN-ORD-02 @ORD-02
  场景: 买家用商品链接找到商品
    当买家在1688用商品链接"https://detail.1688.com/offer/610000000001.html"搜索
    那么搜索结果恰好是商品"610000000001"

  @SCN-ORD-03 @ORD-02
  场景: 买家用图片找到商品
    当买家在1688用"phone-stand"的图片搜索
    那么搜索结果恰好是商品"610000000001"

  @SCN-ORD-04 @ORD-02
  场景: 没有商品与图片相符时，什么也搜不到
    当买家在1688用"submarine"的图片搜索
    那么搜索没有找到任何商品

  @SCN-ORD-05 @ORD-03
  场景大纲: 按商品类目筛选搜索结果
    当买家在1688搜索"<keyword>"，类目为"<category>"
    那么搜索结果恰好是商品"<offers>"

    例子:
      | keyword   | category | offers       |
      | bluetooth | 1001     | 610000000023 |
      | bluetooth | 1004     | 610000000025 |

  @SCN-ORD-06 @ORD-03 @ORD-05
  场景大纲: 按地区筛选搜索结果：只能购买销往该地区的商品
    当买家在1688搜索"wireless"，地区为"<region>"
    那么销往地区"<region>"的商品为"<offers>"

    例子:
      | region | offers                     |
      | SG     | 610000000004, 610000000023 |
      | MY     | 610000000023               |

  @SCN-ORD-07 @ORD-02
  场景: 搜索结果分页显示
    当买家在1688搜索"e"
    那么搜索结果不止一页
    当买家打开搜索结果的第2页
    那么第2页显示的商品与第1页不同

  @SCN-ORD-08 @ORD-02 @ORD-03
  场景大纲: 输入有误的搜索被拒绝，并指明字段和规则
    当买家在1688搜索"phone"，并将"<input>"填为"<value>"
    那么请求被拒绝：字段"<field>"违反规则"<rule>"

    例子:
      | input       | value                                            | field      | rule                              |
      | productLink | https://detail.1688.com/offer/610000000001.html | keyword    | exactly-one-of-keyword-link-image |
      | categoryId  | 9999                                             | categoryId | known-category                    |
      | region      | Malaysia                                         | region     | iso-3166-alpha-2                  |
      | page        | 0                                                | page       | whole-number-1-100                |
      | page        | 101                                              | page       | whole-number-1-100                |

  @SCN-ORD-09 @ORD-02
  场景: 不是1688商品链接的链接被拒绝
    当买家在1688用商品链接"https://example.com/offer/610000000001.html"搜索
    那么请求被拒绝：字段"productLink"违反规则"1688-offer-link"
