package com.buyerjourneykit.simulator.published;

/**
 * What 1688's cashier may ask of WorldFirst when a buyer pays with World Pay (跨境宝): debit the
 * CNH balance of the World Account the 1688 ID is authorised under (PAY-05). Published by WorldFirst.
 */
@FunctionalInterface
public interface WorldPayDebits {

    /**
     * Debits {@code cnhMinorUnits} (fen, order and fees together) once per {@code debitId}: asked
     * again with the same id it answers {@link WorldPayDebitOutcome#DEBITED} without debiting twice.
     * A refusal changes nothing.
     */
    WorldPayDebitOutcome debit(String alibaba1688Id, String debitId, long cnhMinorUnits);
}
