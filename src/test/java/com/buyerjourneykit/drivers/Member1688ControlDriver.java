package com.buyerjourneykit.drivers;

/** What exists at the simulated 1688.com before a scenario begins. */
public interface Member1688ControlDriver {

    /** A 1688 member registered before the scenario ({@code POST /__admin/sim/1688/members}); answers its member ID. */
    String seedMember(MemberSeed seed);
}
