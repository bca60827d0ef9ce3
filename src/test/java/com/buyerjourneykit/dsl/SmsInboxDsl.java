package com.buyerjourneykit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.buyerjourneykit.drivers.SmsInboxDriver;
import java.util.List;

/** The simulator's SMS inbox, read the way a buyer reads their phone. */
public final class SmsInboxDsl {
    private final JourneyContext journey;

    public SmsInboxDsl(JourneyContext journey) {
        this.journey = journey;
    }

    public void assertNoSmsReached(String alias) {
        assertThat(codesOf(journey.buyer(alias))).as("codes that reached the phone of %s", alias).isEmpty();
    }

    List<String> codesOf(ScenarioBuyer buyer) {
        return inbox().codesSentTo(buyer.e164());
    }

    String latestCodeOf(ScenarioBuyer buyer) {
        return latest(codesOf(buyer), "codes sent by SMS to " + buyer.alias());
    }

    /** The codes one provider ({@code alipay}, {@code 1688}) sent to the buyer, oldest first. */
    List<String> codesFrom(String provider, ScenarioBuyer buyer) {
        return inbox().codesSentBy(provider, buyer.e164());
    }

    String latestCodeFrom(String provider, ScenarioBuyer buyer) {
        return latest(codesFrom(provider, buyer), "codes sent by " + provider + " to " + buyer.alias());
    }

    /** The latest code one provider sent to an address that is no phone number, such as an e-mail address. */
    String latestCodeSentTo(String provider, String address) {
        return latest(inbox().codesSentBy(provider, address), "codes sent by " + provider + " to " + address);
    }

    private static String latest(List<String> codes, String description) {
        assertThat(codes).as(description).isNotEmpty();
        return codes.get(codes.size() - 1);
    }

    private SmsInboxDriver inbox() {
        return journey.control(SmsInboxDriver.class);
    }
}
