package com.buyerjourneykit.drivers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The harness's hand on the simulator: the SMS inbox, the virtual clock, and accounts that exist at
 * the providers before a scenario begins (what a buyer did outside the system under test).
 */
public interface SimulatorControlDriver {

    /** The codes sent to an E.164 number, oldest first. */
    List<String> codesSentTo(String e164);

    /** Moves time forward for one buyer only, so parallel scenarios are not disturbed. */
    void advanceClockFor(String e164, Duration step);

    /** The time as one buyer sees it on the virtual clock. */
    Instant clockOf(String e164);

    /** The codes one provider ({@code alipay}, {@code 1688}) sent to an E.164 number, oldest first. */
    List<String> codesSentBy(String provider, String e164);

    /** A 1688 member registered before the scenario ({@code POST /__admin/sim/1688/members}); answers its member ID. */
    String seedMember1688(MemberSeed seed);

    /**
     * Opens and completes the Alipay personal account of this mobile at the simulated Alipay itself,
     * through its gateway (code by SMS, identity, address, personal details): the buyer did
     * guide section 1 directly with Alipay, not through the system under test.
     */
    void completeAlipayPersonalAccount(PhoneInput phone);
}
