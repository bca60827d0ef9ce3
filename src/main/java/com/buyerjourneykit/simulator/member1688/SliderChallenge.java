package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** {@code account.slider.challenge} (simulated): a new slider, 请按住滑块，拖动到最右边. */
final class SliderChallenge extends AopTransformer {
    static final String NAME = "1688-slider-challenge";
    private final SliderChallenges sliders;

    SliderChallenge(SliderChallenges sliders) {
        super(NAME);
        this.sliders = sliders;
    }

    @Override
    protected ResponseDefinition answer(AopRequest request) {
        String challengeId = sliders.open();
        return AopReply.success("Drag the slider to the right (拖动到最右边)", SimulatorJson.object()
                .put("challengeId", challengeId)
                .put("trackWidth", SliderChallenges.TRACK_WIDTH));
    }
}
