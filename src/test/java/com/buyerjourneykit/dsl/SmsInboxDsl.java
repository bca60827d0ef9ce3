package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** The simulator's SMS inbox, read the way a buyer reads their phone. */
public final class SmsInboxDsl {
    private final JourneyContext journey;

    public SmsInboxDsl(JourneyContext journey) {
        this.journey = journey;
    }

    List<String> codesOf(Buyer buyer) {
        return journey.simulator().codesSentTo(buyer.e164());
    }

    String latestCodeOf(Buyer buyer) {
        List<String> codes = codesOf(buyer);
        assertThat(codes).as("codes sent by SMS to %s", buyer.alias()).isNotEmpty();
        return codes.get(codes.size() - 1);
    }
}
