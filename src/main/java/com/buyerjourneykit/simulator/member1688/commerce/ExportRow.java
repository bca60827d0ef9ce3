package com.buyerjourneykit.simulator.member1688.commerce;

import java.util.List;

/**
 * One line of the order report (INV-01), with what the self-billed e-invoice needs (INV-02):
 * the supplier's name, TIN if known (empty otherwise), address and contact, and the amounts in
 * yuan with two decimals, as the downloaded file writes them.
 */
record ExportRow(List<String> values) {
    static final List<String> COLUMNS = List.of("orderId", "createTime", "status", "supplierName", "supplierNameEn",
            "supplierTin", "supplierAddress", "supplierContact", "offerId", "subject", "subjectEn", "specId", "quantity",
            "unitPrice", "lineAmount", "orderCarriage", "orderDiscount", "orderTotal", "currency", "payWay", "paidTotal");

    static List<ExportRow> of(Order order) {
        OrderQuote quote = order.quote();
        Supplier supplier = quote.supplier();
        String payWay = order.payment().map(payment -> payment.payWay().code()).orElse("");
        String paid = order.payment().map(payment -> Yuan.text(payment.fees().totalFen())).orElse("");
        return quote.lines().stream().map(line -> new ExportRow(List.of(order.orderId(), order.createdAt().toString(),
                order.status().code(), supplier.name(), supplier.nameEn(), supplier.tin() == null ? "" : supplier.tin(),
                supplier.address(), supplier.contact(), line.offer().offerId(), line.offer().subject(),
                line.offer().subjectEn(), line.variant().specId(), Long.toString(line.quantity()), Yuan.text(line.unitFen()),
                Yuan.text(line.amountFen()), Yuan.text(quote.carriageFen()), Yuan.text(quote.discountFen()),
                Yuan.text(quote.totalFen()), "CNY", payWay, paid))).toList();
    }
}
