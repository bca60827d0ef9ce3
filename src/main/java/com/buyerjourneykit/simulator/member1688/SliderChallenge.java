package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.SimulatorState;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** {@code account.slider.challenge} (simulated): a new slider, 请按住滑块，拖动到最右边. */
final class SliderChallenge extends AopTransformer {
    static final String NAME = "1688-slider-challenge";
    private final SimulatorState state;

    SliderChallenge(SimulatorState state) {
        this.state = state;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    ResponseDefinition answer(AopRequest request) {
        String challengeId = state.member1688().sliders().open();
        return AopReply.success("Drag the slider to the right (拖动到最右边)", SimulatorJson.object()
                .put("challengeId", challengeId)
                .put("trackWidth", SliderChallenges.TRACK_WIDTH));
    }
}
