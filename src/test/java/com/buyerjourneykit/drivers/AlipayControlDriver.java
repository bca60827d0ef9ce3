package com.buyerjourneykit.drivers;

/** What a buyer did directly with the simulated Alipay, outside the system under test. */
public interface AlipayControlDriver {

    /** Opens and completes the Alipay personal account of this mobile at Alipay itself (guide section 1 done there). */
    void completePersonalAccount(PhoneInput phone);
}
