package com.buyerjourneykit.dsl;

import org.opentest4j.TestAbortedException;

/**
 * A scenario needs an actor the configured channel does not provide (a partner's channel that
 * covers only some sections). Aborting, not failing: Cucumber reports the scenario as skipped,
 * with this message, so the report (and a partner's conformance score) tells "not applicable" apart from "does not conform".
 */
final class ActorNotImplemented extends TestAbortedException {

    ActorNotImplemented(Class<?> actor, String channel) {
        super("not applicable: not implemented by this channel: " + actor.getSimpleName() + " (" + channel + ")");
    }
}
