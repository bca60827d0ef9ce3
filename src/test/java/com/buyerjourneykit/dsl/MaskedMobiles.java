package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a code went, as WorldFirst shows it: the calling code whole ("+6…"), the number hidden. */
final class MaskedMobiles {
    private MaskedMobiles() {
    }

    static void assertMasked(String shown, ScenarioBuyer buyer) {
        assertThat(shown).as("the mobile the code went to, masked").isNotBlank()
                .startsWith(buyer.countryCode()).contains("•").doesNotContain(buyer.mobile());
    }
}
