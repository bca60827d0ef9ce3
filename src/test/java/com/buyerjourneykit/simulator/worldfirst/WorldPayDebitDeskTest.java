package com.buyerjourneykit.simulator.worldfirst;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.simulator.published.WorldPayDebitOutcome;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The World Pay debits WorldFirst takes for 1688 (published as WorldPayDebits): exact, once per id, never overdrawn. */
class WorldPayDebitDeskTest {
    private final Links links = new Links(id -> id);
    private final Balances balances = new Balances();
    private final DebitFaults faults = new DebitFaults();
    private final WorldPayDebitDesk desk = new WorldPayDebitDesk(links, balances, faults);

    WorldPayDebitDeskTest() {
        links.link(new Link("Willow_Buyer", "wfa-1", null, Instant.parse("2026-01-05T01:00:00Z")));
        balances.credit("wfa-1", new Money("CNH", 10_000));
    }

    @Test
    void debitsTheLinkedWorldAccountOncePerDebitId() {
        assertThat(desk.debit("willow_buyer", "1688-order-1", 4545)).isEqualTo(WorldPayDebitOutcome.DEBITED);
        assertThat(desk.debit("willow_buyer", "1688-order-1", 4545)).isEqualTo(WorldPayDebitOutcome.DEBITED);
        assertThat(balances.of("wfa-1", "CNH").minorUnits()).isEqualTo(10_000 - 4545);
    }

    @Test
    void refusesWhatTheBalanceDoesNotCoverAndTakesNothing() {
        assertThat(desk.debit("Willow_Buyer", "1688-order-2", 10_001)).isEqualTo(WorldPayDebitOutcome.BALANCE_NOT_ENOUGH);
        assertThat(desk.debit("Willow_Buyer", "1688-order-2", 10_000)).isEqualTo(WorldPayDebitOutcome.DEBITED);
        assertThat(balances.of("wfa-1", "CNH").minorUnits()).isZero();
    }

    @Test
    void anIdNotAuthorisedIsRefused() {
        assertThat(desk.debit("someone_else", "1688-order-3", 1)).isEqualTo(WorldPayDebitOutcome.NOT_AUTHORISED);
    }

    @Test
    void anAnswerLostAfterDebitingIsUnavailableAndAskingAgainNeverDebitsTwice() {
        faults.arm("wfa-1", DebitFaults.When.AFTER_DEBITING, 2);
        assertThat(desk.debit("Willow_Buyer", "1688-order-4", 4545)).isEqualTo(WorldPayDebitOutcome.UNAVAILABLE);
        assertThat(desk.debit("Willow_Buyer", "1688-order-4", 4545)).isEqualTo(WorldPayDebitOutcome.UNAVAILABLE);
        assertThat(desk.debit("Willow_Buyer", "1688-order-4", 4545)).isEqualTo(WorldPayDebitOutcome.DEBITED);
        assertThat(balances.of("wfa-1", "CNH").minorUnits()).isEqualTo(10_000 - 4545);
    }

    @Test
    void anAnswerLostBeforeDebitingMovesNothingUntilAskedAgain() {
        faults.arm("wfa-1", DebitFaults.When.BEFORE_DEBITING, 1);
        assertThat(desk.debit("Willow_Buyer", "1688-order-5", 4545)).isEqualTo(WorldPayDebitOutcome.UNAVAILABLE);
        assertThat(balances.of("wfa-1", "CNH").minorUnits()).isEqualTo(10_000);
        assertThat(desk.debit("Willow_Buyer", "1688-order-5", 4545)).isEqualTo(WorldPayDebitOutcome.DEBITED);
        assertThat(balances.of("wfa-1", "CNH").minorUnits()).isEqualTo(10_000 - 4545);
    }
}
