package com.buyerjourneykit.simulator;

import com.buyerjourneykit.simulator.alipay.AccountStatus;
import com.buyerjourneykit.simulator.alipay.PersonalAccounts;
import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.buyerjourneykit.simulator.member1688.Member1688State;
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
    private final Member1688State member1688;

    public SimulatorState(Instant start) {
        this.start = start;
        this.clock = new VirtualClock(start);
        this.smsDelivery = new SmsDelivery(inbox, clock);
        this.alipayRegistrationCodes = new OneTimeCodes(CodeRules.alipayPersonalAccount(), clock);
        this.member1688 = new Member1688State(clock);
    }

    public VirtualClock clock() {
        return clock;
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

    /** 1688.com: slider challenges, registrations and members; read-only for other providers. */
    public Member1688State member1688() {
        return member1688;
    }

    /** Whether a buyer's Alipay personal account is complete, as 1688 asks before 已绑定已认证. */
    public AlipayAccountStatus alipayAccountStatus() {
        return this::isAlipayAccountComplete;
    }

    /** Forgets every buyer and puts the clock back to where it started. */
    public void reset() {
        inbox.clear();
        alipayRegistrationCodes.forgetAll();
        alipayAccounts.forgetAll();
        member1688.forgetAll();
        clock.reset(start);
    }
}
