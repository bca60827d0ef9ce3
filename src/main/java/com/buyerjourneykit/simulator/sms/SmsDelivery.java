package com.buyerjourneykit.simulator.sms;

import com.buyerjourneykit.simulator.clock.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The phone network between the simulated providers and the buyer's phone. Every provider sends
 * its SMS through here, so the magic numbers behave the same for Alipay, 1688 and WorldFirst:
 * like Twilio's test numbers, they pick an outcome without any switch in the request. They are
ranges (a thousand numbers each) so that parallel scenarios can each have their own.
 */
public final class SmsDelivery {
    /** The magic ranges: +60 19-000, three free digits, then the digit that picks the outcome. */
    public static final String MAGIC_RANGE = "+6019000";
    public static final char NEVER_RECEIVES_LAST_DIGIT = '9';
    public static final char RECEIVES_LATE_LAST_DIGIT = '5';
    /** Mobiles +60 19-000 NNN9: the send is accepted as usual, but nothing ever reaches the inbox. */
    public static final Pattern NEVER_RECEIVES = magicRange(NEVER_RECEIVES_LAST_DIGIT);
    /** Mobiles +60 19-000 NNN5: messages appear only {@link #LATE_BY} after they were sent, on the buyer's clock. */
    public static final Pattern RECEIVES_LATE = magicRange(RECEIVES_LATE_LAST_DIGIT);
    public static final Duration LATE_BY = Duration.ofSeconds(120);
    private final SmsInbox inbox;
    private final VirtualClock clock;

    public SmsDelivery(SmsInbox inbox, VirtualClock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    /** Sends one SMS from {@code provider}, stamped with the buyer's virtual now. */
    public void send(String phone, String provider, String text, String code) {
        if (!NEVER_RECEIVES.matcher(phone).matches()) {
            inbox.deliver(new SmsMessage(phone, provider, text, code, clock.nowFor(phone)));
        }
    }

    private static Pattern magicRange(char lastDigit) {
        return Pattern.compile(Pattern.quote(MAGIC_RANGE) + "\\d{3}" + lastDigit);
    }

    /** What the buyer's phone shows now, oldest first. */
    public List<SmsMessage> receivedBy(String phone) {
        Instant now = clock.nowFor(phone);
        Duration delay = RECEIVES_LATE.matcher(phone).matches() ? LATE_BY : Duration.ZERO;
        return inbox.messagesFor(phone).stream()
                .filter(message -> !message.sentAt().plus(delay).isAfter(now))
                .toList();
    }
}
