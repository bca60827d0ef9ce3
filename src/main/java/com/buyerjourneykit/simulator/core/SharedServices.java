package com.buyerjourneykit.simulator.core;

import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.buyerjourneykit.simulator.sms.CodeRules;
import com.buyerjourneykit.simulator.sms.OneTimeCodes;
import com.buyerjourneykit.simulator.sms.SmsDelivery;
import com.buyerjourneykit.simulator.sms.SmsInbox;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What every provider shares: the one virtual clock, SMS delivery to the buyers' phones (so the
 * magic numbers hold for all of them), one-time codes on that clock and faults on demand. Its
 * reset forgets the inbox, every code it handed out and every fault, and puts the clock back.
 */
public final class SharedServices {
    private final Instant start;
    private final VirtualClock clock;
    private final SmsInbox inbox = new SmsInbox();
    private final SmsDelivery sms;
    private final List<OneTimeCodes> codes = new CopyOnWriteArrayList<>();
    private final Faults faults = new Faults();
    private final StubFiles stubFiles;

    public SharedServices(Instant start) {
        this(start, Path.of("stubs"));
    }

    /** {@code stubsDirectory}: where the mappings and the providers' data files are read from. */
    public SharedServices(Instant start, Path stubsDirectory) {
        this.start = start;
        this.stubFiles = new StubFiles(stubsDirectory);
        this.clock = new VirtualClock(start);
        this.sms = new SmsDelivery(inbox, clock);
    }

    public VirtualClock clock() {
        return clock;
    }

    public SmsDelivery sms() {
        return sms;
    }

    /** Data files under {@code stubs/<provider>/}, such as 1688's catalogue. */
    public StubFiles stubFiles() {
        return stubFiles;
    }

    /** Faults on demand, armed through the control API and fired by {@link ProviderGate}. */
    public Faults faults() {
        return faults;
    }

    /** Codes for one purpose of one provider, on the virtual clock; the reset forgets them. */
    public OneTimeCodes oneTimeCodes(CodeRules rules) {
        OneTimeCodes issued = new OneTimeCodes(rules, clock);
        codes.add(issued);
        return issued;
    }

    public void reset() {
        inbox.clear();
        codes.forEach(OneTimeCodes::forgetAll);
        clock.reset(start);
        faults.clear();
    }
}
