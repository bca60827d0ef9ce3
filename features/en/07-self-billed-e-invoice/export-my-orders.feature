# language: en
@section-7 @1688
Feature: Self-billed e-invoice — export the orders from 我的订单
  How to create a self-billed e-invoice for 1688.com purchases? Step 1: Click ‘我的订单’ to view
  your order. Step 2: Click ‘导出当前条件’ to view exported purchases. Step 3: Click ‘生成新报表’ to
  generate the report. Step 4: Download the report. Step 5: Retrieve your downloaded purchase
  report from your desktop device. Step 6: Add details in exported file to create a self-billed
  e-invoice. The supplier's name is in the exported order file from 1688.com; the supplier's
  address and contact number are under ‘联系方式’ on the supplier's product listing page.

  Our rules where the FAQ is silent: 我的订单 shows the newest order first; 导出当前条件 exports
  the orders the list shows under its current condition; the report has one row per order line,
  with the supplier's name, TIN (empty when 1688 does not know it), address and contact.

  Background:
    Given a buyer with a "+60" mobile number
    And the buyer has started the journey
    And the buyer has paid 1688 orders
      | order | offerId      | specId            | quantity |
      | A     | 610000000001 | 610000000001-gray | 2        |
      | B     | 610000000015 | 610000000015-blue | 1        |

  @SCN-INV-01 @INV-01
  Scenario: 我的订单 shows the buyer's paid orders, newest first
    When the buyer clicks 我的订单 to view the orders
    Then the orders shown are, newest first
      | order | status               | total | currency |
      | B     | waiting-for-shipment | 93.00 | CNY      |
      | A     | waiting-for-shipment | 65.00 | CNY      |

  @SCN-INV-02 @INV-01 @INV-02
  Scenario: The downloaded report names each order's supplier with TIN, address and contact
    When the buyer clicks 我的订单 to view the orders
    And the buyer clicks 导出当前条件 and then 生成新报表
    Then a new report is ready with 2 order lines
    When the buyer downloads the report
    Then the report's rows name each order's supplier
      | order | supplierName       | supplierTin        | supplierAddress            | supplierContact   |
      | A     | 温州星辰电子有限公司 | 91330302MA2CX0001A | 浙江省温州市鹿城区工业路88号 | +86 577 8800 0001 |
      | B     | 杭州织锦服饰有限公司 | 91330100MA2HZ0005B | 浙江省杭州市余杭区丝绸路5号  | +86 571 8600 0005 |

  @SCN-INV-03 @INV-01
  Scenario: 导出当前条件 exports only the orders the current condition shows
    Given the buyer has paid 1688 orders but not order "C", which waits for payment
    When the buyer views the orders in 我的订单 with the status "Waiting for shipment"
    Then the orders shown are, newest first
      | order | status               |
      | B     | waiting-for-shipment |
      | A     | waiting-for-shipment |
    When the buyer clicks 导出当前条件 and then 生成新报表
    Then a new report is ready with 2 order lines
    When the buyer downloads the report
    Then the report's rows name each order's supplier
      | order | supplierName       |
      | A     | 温州星辰电子有限公司 |
      | B     | 杭州织锦服饰有限公司 |
