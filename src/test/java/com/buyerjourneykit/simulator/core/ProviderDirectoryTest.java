package com.buyerjourneykit.simulator.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.buyerjourneykit.simulator.published.AlipayAccountStatus;
import org.junit.jupiter.api.Test;

/** Views are found by type; a missing one and a second publisher of one are mistakes said out loud. */
class ProviderDirectoryTest {
    private final ProviderDirectory directory = new ProviderDirectory();

    @Test
    void findsAPublishedViewByItsType() {
        directory.publish(AlipayAccountStatus.class, "+60124790003"::equals);

        assertThat(directory.view(AlipayAccountStatus.class).isComplete("+60124790003")).isTrue();
    }

    @Test
    void aViewNoProviderPublishesNamesItsType() {
        assertThatThrownBy(() -> directory.view(AlipayAccountStatus.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AlipayAccountStatus");
    }

    @Test
    void aViewHasOnePublisher() {
        directory.publish(AlipayAccountStatus.class, e164 -> false);

        assertThatThrownBy(() -> directory.publish(AlipayAccountStatus.class, e164 -> true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already published");
    }
}
