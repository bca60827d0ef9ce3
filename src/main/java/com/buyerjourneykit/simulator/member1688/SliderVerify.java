package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** {@code account.slider.verify} (simulated): how far the slider was dragged; the end of the track earns a token. */
final class SliderVerify extends AopTransformer {
    static final String NAME = "1688-slider-verify";
    private final SliderChallenges sliders;

    SliderVerify(SliderChallenges sliders) {
        super(NAME);
        this.sliders = sliders;
    }

    @Override
    protected ResponseDefinition answer(AopRequest request) {
        String challengeId = request.identifier("challengeId");
        int offset = request.integer("offset");
        String token = sliders.solve(challengeId, offset);
        return AopReply.success("Slider verified", SimulatorJson.object().put("sliderToken", token));
    }
}
