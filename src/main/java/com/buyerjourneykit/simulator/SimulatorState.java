package com.buyerjourneykit.simulator;

import com.buyerjourneykit.simulator.alipay.AccountStatus;
import com.buyerjourneykit.simulator.alipay.PersonalAccounts;
import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.buyerjourneykit.simulator.sms.CodeRules;
import com.buyerjourneykit.simulator.sms.OneTimeCodes;
import com.buyerjourneykit.simulator.sms.SmsDelivery;
import com.buyerjourneykit.simulator.sms.SmsInbox;
import java.time.Instant;

/** Everything the simulated providers remember, shared by all extensions of one server. */
public final class SimulatorState {
    private final Instant start;
    private final VirtualClock clock;
    private final SmsInbox inbox = new SmsInbox();
    private final SmsDelivery smsDelivery;
    private final OneTimeCodes alipayRegistrationCodes;
    private final PersonalAccounts alipayAccounts = new PersonalAccounts();

    public SimulatorState(Instant start) {
        this.start = start;
        this.clock = new VirtualClock(start);
        this.smsDelivery = new SmsDelivery(inbox, clock);
        this.alipayRegistrationCodes = new OneTimeCodes(CodeRules.alipayPersonalAccount(), clock);
    }

    public VirtualClock clock() {
        return clock;
    }

    public SmsInbox inbox() {
        return inbox;
    }

    /** How every provider sends SMS, so the magic numbers hold for all of them. */
    public SmsDelivery smsDelivery() {
        return smsDelivery;
    }

    public OneTimeCodes alipayRegistrationCodes() {
        return alipayRegistrationCodes;
    }

    /** Readable by every provider; only the Alipay gateway methods change it. */
    public PersonalAccounts alipayAccounts() {
        return alipayAccounts;
    }

    /** Whether the Alipay personal account of this E.164 mobile has finished registration (1688 needs it). */
    public boolean isAlipayAccountComplete(String e164) {
        return alipayAccounts.statusOf(e164) == AccountStatus.COMPLETED;
    }

    /** Forgets every buyer and puts the clock back to where it started. */
    public void reset() {
        inbox.clear();
        alipayRegistrationCodes.forgetAll();
        alipayAccounts.forgetAll();
        clock.reset(start);
    }
}
