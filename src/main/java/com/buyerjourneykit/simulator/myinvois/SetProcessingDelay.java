package com.buyerjourneykit.simulator.myinvois;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.JsonControlTask;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.Duration;

/**
 * {@code POST /__admin/sim/myinvois/processing {"delaySeconds"}}: documents accepted from now on
 * stay Submitted (their submission InProgress) for this long on the virtual clock, then are
 * Valid. 0 (the default, and after reset): Valid at once.
 */
final class SetProcessingDelay extends JsonControlTask {
    private static final long MAX_SECONDS = 86_400;
    private final Processing processing;

    SetProcessingDelay(Processing processing) {
        this.processing = processing;
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        long seconds = body.wholeNumber("delaySeconds", 0, MAX_SECONDS, -1);
        if (seconds < 0) {
            return Replies.invalidField("delaySeconds", "required", "delaySeconds is required");
        }
        processing.setDelay(Duration.ofSeconds(seconds));
        return Replies.json(200, SimulatorJson.object().put("delaySeconds", seconds));
    }
}
