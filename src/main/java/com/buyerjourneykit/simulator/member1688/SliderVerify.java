package com.buyerjourneykit.simulator.member1688;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.SimulatorState;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** {@code account.slider.verify} (simulated): how far the slider was dragged; the end of the track earns a token. */
final class SliderVerify extends AopTransformer {
    static final String NAME = "1688-slider-verify";
    private final SimulatorState state;

    SliderVerify(SimulatorState state) {
        this.state = state;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    ResponseDefinition answer(AopRequest request) {
        String challengeId = request.identifier("challengeId");
        int offset = request.integer("offset");
        String token = state.member1688().sliders().solve(challengeId, offset);
        return AopReply.success("Slider verified", SimulatorJson.object().put("sliderToken", token));
    }
}
