package com.buyerjourneykit.simulator.published;

/**
 * What other providers may ask about a buyer's Alipay personal account: is it complete (code,
 * identity, address and profile all done)? 1688's "现在去认证" needs a yes. Published by Alipay.
 */
@FunctionalInterface
public interface AlipayAccountStatus {
    boolean isComplete(String e164);
}
