package com.buyerjourneykit.simulator.published;

/**
 * What other providers may ask WorldFirst about a 1688 ID: is it authorised for World Pay (跨境宝)
 * under a World Account? 1688's checkout will need a yes to offer 跨境宝. Published by WorldFirst.
 */
@FunctionalInterface
public interface WorldPayStatus {
    /** By the 1688 ID as it was authorised, in any case; an unknown ID is not authorised. */
    boolean isAuthorisedForWorldPay(String alibaba1688Id);
}
