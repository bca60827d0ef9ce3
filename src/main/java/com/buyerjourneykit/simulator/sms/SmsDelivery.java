package com.buyerjourneykit.simulator.sms;

import com.buyerjourneykit.simulator.clock.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The phone network between the simulated providers and the buyer's phone. Every provider sends
 * its SMS through here, so the magic numbers behave the same for Alipay, 1688 and WorldFirst:
 * like Twilio's test numbers, they pick an outcome without any switch in the request.
 */
public final class SmsDelivery {
    /** Accepts the send as usual, but nothing ever reaches its inbox. */
    public static final String NEVER_RECEIVES = "+601100000009";
    /** Its messages appear in the inbox only {@link #LATE_BY} after they were sent, on its own clock. */
    public static final String RECEIVES_LATE = "+601100000005";
    public static final Duration LATE_BY = Duration.ofSeconds(120);
    private static final Set<String> MAGIC_NUMBERS = Set.of(NEVER_RECEIVES, RECEIVES_LATE);
    private final SmsInbox inbox;
    private final VirtualClock clock;

    public SmsDelivery(SmsInbox inbox, VirtualClock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    /**
     * The E.164 form of a magic number typed as country code + national number. Magic numbers are
     * not numbers any real operator has issued (libphonenumber refuses them), so the providers
     * must recognise them before validating a mobile.
     */
    public static Optional<String> magicNumber(String countryCode, String mobile) {
        String e164 = countryCode.strip() + mobile.replaceAll("[ \\-]", "");
        return MAGIC_NUMBERS.contains(e164) ? Optional.of(e164) : Optional.empty();
    }

    /** Sends one SMS; its {@code sentAt} must be the buyer's virtual now. */
    public void send(SmsMessage message) {
        if (!message.phone().equals(NEVER_RECEIVES)) {
            inbox.deliver(message);
        }
    }

    /** What the buyer's phone shows now, oldest first. */
    public List<SmsMessage> receivedBy(String phone) {
        Instant now = clock.nowFor(phone);
        Duration delay = phone.equals(RECEIVES_LATE) ? LATE_BY : Duration.ZERO;
        return inbox.messagesFor(phone).stream()
                .filter(message -> !message.sentAt().plus(delay).isAfter(now))
                .toList();
    }
}
