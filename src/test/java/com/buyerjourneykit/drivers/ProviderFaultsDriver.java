package com.buyerjourneykit.drivers;

/** Provider operations that fail on demand, at the simulator, before the provider sees the call. */
public interface ProviderFaultsDriver {

    /** The next call of that operation for that buyer fails ({@code POST /__admin/sim/faults}). */
    void failNext(ProviderFault fault);
}
