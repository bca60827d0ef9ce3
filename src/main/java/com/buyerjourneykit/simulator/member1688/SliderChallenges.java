package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.clock.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 请按住滑块，拖动到最右边: a challenge is solved by dragging to the end of its track, which
 * yields a single-use token valid for 5 minutes. No buyer is known yet when the slider is
 * dragged, so tokens age on the shared virtual clock.
 */
final class SliderChallenges {
    static final int TRACK_WIDTH = 300;
    static final Duration TOKEN_VALIDITY = Duration.ofMinutes(5);
    static final String NOT_COMPLETE = "SLIDER_NOT_COMPLETE";
    private final VirtualClock clock;
    private final Set<String> open = ConcurrentHashMap.newKeySet();
    private final Map<String, SliderToken> tokens = new ConcurrentHashMap<>();

    SliderChallenges(VirtualClock clock) {
        this.clock = clock;
    }

    String open() {
        String challengeId = "slider-" + UUID.randomUUID();
        open.add(challengeId);
        return challengeId;
    }

    /** A challenge dragged far enough is closed and answered with a token; one dragged short stays open. */
    String solve(String challengeId, int offset) {
        if (!open.contains(challengeId)) {
            throw new Refusal("SLIDER_CHALLENGE_UNKNOWN", "No open slider challenge has this id");
        }
        if (offset < TRACK_WIDTH) {
            throw new Refusal(NOT_COMPLETE, "Drag the slider all the way to the right (拖动到最右边)");
        }
        if (!open.remove(challengeId)) {
            throw new Refusal("SLIDER_CHALLENGE_UNKNOWN", "No open slider challenge has this id");
        }
        String token = "slider-token-" + UUID.randomUUID();
        tokens.put(token, new SliderToken(clock.now(), false));
        return token;
    }

    void requireUsable(String token) {
        SliderToken state = tokens.get(token);
        if (state == null) {
            throw invalidToken("sliderToken is not a token this slider issued");
        }
        if (state.used()) {
            throw invalidToken("sliderToken has already been used; drag the slider again");
        }
        if (!clock.now().isBefore(expiry(state.issuedAt()))) {
            throw invalidToken("sliderToken has expired (valid 5 minutes); drag the slider again");
        }
    }

    /** Call only after {@link #requireUsable}, under the same lock. */
    void use(String token) {
        tokens.computeIfPresent(token, (key, state) -> state.asUsed());
    }

    void forgetAll() {
        open.clear();
        tokens.clear();
    }

    private static Instant expiry(Instant issuedAt) {
        return issuedAt.plus(TOKEN_VALIDITY);
    }

    private static InvalidParameter invalidToken(String message) {
        return new InvalidParameter("sliderToken", "slider-token", message);
    }
}
