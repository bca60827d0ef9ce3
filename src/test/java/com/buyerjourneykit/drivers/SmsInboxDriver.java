package com.buyerjourneykit.drivers;

import java.util.List;

/** The simulator's SMS inbox ({@code GET /__admin/sim/sms-inbox/{+E164}}), as MailHog is for mail. */
public interface SmsInboxDriver {

    /** The codes sent to an E.164 number by every provider, oldest first. */
    List<String> codesSentTo(String e164);

    /** The codes one provider ({@code alipay}, {@code 1688}) sent to an E.164 number, oldest first. */
    List<String> codesSentBy(String provider, String e164);
}
