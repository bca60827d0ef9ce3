package com.buyerjourneykit.drivers;

/**
 * What a buyer does in guide section 1 ("Enter code for account verification"), through some
 * channel. The reference app has a REST and a browser implementation; a partner adds their own.
 */
public interface AlipayAccountDriver {

    Answer requestCode(PhoneInput phone);

    Answer requestNewCode(PhoneInput phone);

    Answer enterCode(PhoneInput phone, String code);
}
