# language: en
@section-7 @1688 @myinvois
Feature: Self-billed e-invoice — the details MyInvois needs
  Add details in exported file to create a self-billed e-invoice. Details needed: the supplier's
  name (in the exported order file from 1688.com); the supplier's TIN EI00000000030, for a
  foreign supplier (EI00000000030 = Foreign Supplier's TIN, EI00000000020 = Foreign Buyer's /
  Foreign Shipping Recipient's TIN, EI00000000010 = General Public's TIN); the supplier's address
  and contact no. (on the selected product listing page of your supplier in 1688.com, select
  ‘联系方式’); the supplier's SST registration number: use NA for 1688 suppliers; the MSIC code of
  the supplier: use ‘00000’ for 1688 suppliers; the supplier's business activity description:
  usually NA if information is not available; the classification of products: the buyer inputs a
  3-digit integer (e.g. “000” to “999”), in accordance with the catalogue set by IRBM, e.g. 009;
  the e-invoice code / number: you may need to request it from your supplier.

  Our rules where the FAQ is silent: an e-invoice is issued for a paid order only; the app
  submits it to MyInvois (LHDN) as a self-billed invoice and shows the buyer MyInvois's answer,
  its reasons included when MyInvois rejects it; submitting the same e-invoice twice submits it once.

  Background:
    Given a buyer with a "+60" mobile number
    And the buyer has started the journey
    And the buyer has paid 1688 orders
      | order | offerId      | specId            | quantity |
      | A     | 610000000001 | 610000000001-gray | 2        |

  @SCN-INV-04 @INV-02
  Scenario: The preview fills in the supplier from the export and the FAQ's values for a 1688 supplier
    When the buyer previews the self-billed e-invoice of order "A" with classification "009" and e-invoice number "INV-0004"
    Then the e-invoice preview shows
      | supplierName     | 温州星辰电子有限公司          |
      | supplierTin      | EI00000000030                |
      | supplierAddress  | 浙江省温州市鹿城区工业路88号 |
      | supplierContact  | +86 577 8800 0001            |
      | supplierSst      | NA                           |
      | msic             | 00000                        |
      | businessActivity | NA                           |
      | classification   | 009                          |

  @SCN-INV-05 @INV-02 @INV-03
  Scenario Outline: A classification of three digits from 000 to 999 is accepted
    When the buyer submits the self-billed e-invoice of order "A" with classification "<classification>" and e-invoice number "INV-0005"
    Then MyInvois accepts the e-invoice as valid, classified "<classification>"
    And MyInvois has received the e-invoice "INV-0005" once

    Examples:
      | classification |
      | 000            |
      | 009            |
      | 999            |

  @SCN-INV-06 @INV-03
  Scenario Outline: A classification that is not three digits is refused before it reaches MyInvois
    When the buyer submits the self-billed e-invoice of order "A" with classification "<classification>" and e-invoice number "INV-0006"
    Then the request is refused: field "classification" breaks rule "three-digits-000-999"
    And MyInvois has received no e-invoice "INV-0006"

    Examples:
      | classification |
      | 9              |
      | 0009           |
      | 1000           |
      | abc            |

  @SCN-INV-07 @INV-02
  Scenario: An order that is not paid gets no e-invoice
    Given the buyer has paid 1688 orders but not order "C", which waits for payment
    When the buyer submits the self-billed e-invoice of order "C" with classification "009" and e-invoice number "INV-0007"
    Then the e-invoice is refused because the order is not paid
    And MyInvois has received no e-invoice "INV-0007"

  @SCN-INV-08 @INV-02
  Scenario: MyInvois rejects the e-invoice and the buyer is told why
    When the buyer submits the self-billed e-invoice of order "A" with classification "009" and e-invoice number "REJECT-0008"
    Then MyInvois rejects the e-invoice for the reason "SIM01" and the buyer is told why

  @SCN-INV-09 @INV-02
  Scenario: Submitting the same e-invoice twice submits it once
    When the buyer submits the self-billed e-invoice of order "A" with classification "009" and e-invoice number "INV-0009"
    And the buyer submits the same e-invoice again
    Then the same e-invoice submission is answered again
    And MyInvois has received the e-invoice "INV-0009" once

  @SCN-INV-10 @INV-01 @INV-02 @INV-03 @ui
  Scenario: From 我的订单 to a self-billed e-invoice MyInvois accepts
    When the buyer clicks 我的订单 to view the orders
    Then the orders shown are, newest first
      | order | status               |
      | A     | waiting-for-shipment |
    When the buyer clicks 导出当前条件 and then 生成新报表
    Then a new report is ready with 1 order line
    When the buyer downloads the report
    Then the report's rows name each order's supplier
      | order | supplierName       | supplierAddress            | supplierContact   |
      | A     | 温州星辰电子有限公司 | 浙江省温州市鹿城区工业路88号 | +86 577 8800 0001 |
    When the buyer previews the self-billed e-invoice of order "A" with classification "009" and e-invoice number "INV-0010"
    Then the e-invoice preview shows
      | supplierName     | 温州星辰电子有限公司 |
      | supplierTin      | EI00000000030       |
      | supplierSst      | NA                  |
      | msic             | 00000               |
      | businessActivity | NA                  |
    When the buyer submits the self-billed e-invoice of order "A" with classification "009" and e-invoice number "INV-0010"
    Then MyInvois accepts the e-invoice as valid, classified "009"
    And MyInvois has received the e-invoice "INV-0010" once
