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

    /** The codes one provider ({@code alipay}, {@code 1688}) sent to the buyer, oldest first. */
    List<String> codesFrom(String provider, Buyer buyer) {
        return journey.simulator().codesSentBy(provider, buyer.e164());
    }

    String latestCodeFrom(String provider, Buyer buyer) {
        List<String> codes = codesFrom(provider, buyer);
        assertThat(codes).as("codes sent by %s to %s", provider, buyer.alias()).isNotEmpty();
        return codes.get(codes.size() - 1);
    }
}
