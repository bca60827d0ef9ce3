package com.buyerjourneykit.simulator.worldfirst;

/** A World Pay authorisation waiting for its code; replaced, never mutated. */
record Authorisation(String authorisationId, String worldAccountId, String alibaba1688Id, String nickname,
        CodeChannel channel) {

    Authorisation by(CodeChannel other) {
        return new Authorisation(authorisationId, worldAccountId, alibaba1688Id, nickname, other);
    }
}
