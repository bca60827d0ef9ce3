package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.OrderDriver;
import com.buyerjourneykit.drivers.OrderInput;
import java.util.UUID;

/**
 * Guide section 5, "Select quantity and click order", "Select cross border logistics and submit":
 * a quantity of one variant, delivered to the buyer's region unless the scenario names another,
 * as a secured transaction unless it says otherwise. Each order carries a key of its own; sending
 * the same order again repeats it.
 */
public final class OrderDsl {
    private final JourneyContext journey;
    private final OutcomesDsl outcomes;
    private final CommerceRecords records;
    private Answer firstPlaced;

    public OrderDsl(JourneyContext journey, OutcomesDsl outcomes, CommerceRecords records) {
        this.journey = journey;
        this.outcomes = outcomes;
        this.records = records;
    }

    public void order(int quantity, String specId, String logistics) {
        send(OrderDraft.of(quantity, specId).logistics(logistics));
    }

    public void orderWithoutLogistics(int quantity, String specId) {
        send(OrderDraft.of(quantity, specId).logistics(null));
    }

    public void orderFor(int quantity, String specId, String region) {
        send(OrderDraft.of(quantity, specId).deliveredTo(region));
    }

    public void preview(int quantity, String specId, String logistics) {
        OrderInput input = OrderDraft.of(quantity, specId).logistics(logistics).input(null);
        journey.remember(driver().preview(buyersJourney(), input));
    }

    public void sendTheSameOrderAgain() {
        place(records.lastOrder());
    }

    public void requireOrdered(int quantity, String specId) {
        require(OrderDraft.of(quantity, specId));
    }

    public void requireOrderedFor(int quantity, String specId, String region) {
        require(OrderDraft.of(quantity, specId).deliveredTo(region));
    }

    /** PAY-03 (a): {@code bank} or {@code alipay} instead of the secured transaction. */
    public void requireOrderedAsTrade(int quantity, String specId, String tradeType) {
        require(OrderDraft.of(quantity, specId).trade(tradeType));
    }

    /** PAY-03 (g): {@code credit-term} or {@code contract}. */
    public void requireOrderedAsOrderType(int quantity, String specId, String orderType) {
        require(OrderDraft.of(quantity, specId).orderType(orderType));
    }

    /** PAY-03 (c): a Red Packet discount on the order. */
    public void requireOrderedWithRedPacket(int quantity, String specId, String redPacketId) {
        require(OrderDraft.of(quantity, specId).redPacket(redPacketId));
    }

    public void assertPlaced(String goods, String carriage, String total, String currency) {
        Answer answer = outcomes.assertOutcome("order-placed");
        assertThat(answer.fact("orderId")).as("the order's id (%s)", answer).isNotBlank();
        assertThat(answer.fact("status")).as("the order's status").isEqualTo("waiting-for-payment");
        assertAmounts(answer, goods, carriage, total, currency);
    }

    public void assertPreview(String goods, String carriage, String total, String currency) {
        assertAmounts(outcomes.assertOutcome("order-preview"), goods, carriage, total, currency);
    }

    public void assertSameOrderAgain() {
        Answer again = outcomes.assertOutcome("order-placed");
        assertThat(firstPlaced).as("the first answer to this order").isNotNull();
        assertThat(again.fact("orderId")).as("the order answered again").isEqualTo(firstPlaced.fact("orderId"));
    }

    public void assertNotSoldTo(String region) {
        Answer answer = outcomes.assertOutcome("not-available-in-region");
        assertThat(answer.fact("region")).as("the region the order was for").isEqualTo(region);
    }

    public void assertBelowMinimum(int minimum) {
        assertThat(outcomes.assertOutcome("quantity-below-minimum").fact("minOrderQuantity")).as("minimum order quantity")
                .isEqualTo(String.valueOf(minimum));
    }

    public void assertAboveStock(int stock) {
        assertThat(outcomes.assertOutcome("quantity-exceeds-stock").fact("stock")).as("stock").isEqualTo(String.valueOf(stock));
    }

    private static void assertAmounts(Answer answer, String goods, String carriage, String total, String currency) {
        assertThat(String.join(" / ", answer.fact("goodsAmount"), answer.fact("carriage"), answer.fact("total"), answer.fact("currency")))
                .as("goods / carriage / total / currency (%s)", answer).isEqualTo(String.join(" / ", goods, carriage, total, currency));
    }

    private void require(OrderDraft draft) {
        send(draft);
        assertPlaced();
    }

    private void assertPlaced() {
        assertThat(outcomes.assertOutcome("order-placed").fact("orderId")).as("the order's id").isNotBlank();
    }

    private void send(OrderDraft draft) {
        place(draft.input(UUID.randomUUID().toString()));
    }

    private void place(OrderInput input) {
        records.ordering(input);
        Answer answer = journey.remember(driver().order(buyersJourney(), input));
        if ("order-placed".equals(answer.outcome()) && firstPlaced == null) {
            firstPlaced = answer;
            records.ordered(answer.fact("orderId"));
        }
    }

    private String buyersJourney() {
        return journey.journeys().of(BuyersDsl.BUYER);
    }

    private OrderDriver driver() {
        return journey.driver(OrderDriver.class);
    }
}
