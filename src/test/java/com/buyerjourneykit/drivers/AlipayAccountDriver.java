package com.buyerjourneykit.drivers;

/**
 * What a buyer does in guide section 1 ("Register an Alipay Personal Account"), through some
 * channel. The reference app has a REST and a browser implementation; a partner adds their own.
 */
public interface AlipayAccountDriver {

    Answer requestCode(String journeyId);

    Answer enterCode(String journeyId, String code);
}
