package com.buyerjourneykit.simulator.member1688.commerce;

import java.util.List;

/** What an order costs, in fen: goods at their tier prices, carriage, the Red Packet discount, the total (ORD-06). */
record OrderQuote(OrderForm form, Supplier supplier, long goodsFen, long carriageFen, long discountFen) {

    long totalFen() {
        return goodsFen + carriageFen - discountFen;
    }

    List<CargoLine> lines() {
        return form.cargo();
    }

    boolean hasProhibitedItems() {
        return lines().stream().anyMatch(line -> line.offer().prohibited());
    }
}
