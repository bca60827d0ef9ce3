package com.buyerjourneykit.simulator.myinvois;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.InvalidControlField;
import com.buyerjourneykit.simulator.control.JsonControlTask;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code POST /__admin/sim/myinvois/taxpayers {"tin","idType","idValue","name"?}}: a taxpayer
 * registered with this ID, so TIN validation answers 200 for exactly this combination and a
 * document may name the TIN. Forgotten on reset.
 */
final class SeedTaxpayer extends JsonControlTask {
    private final Taxpayers taxpayers;

    SeedTaxpayer(Taxpayers taxpayers) {
        this.taxpayers = taxpayers;
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        String tin = ControlTins.tin(body);
        String idType = body.text("idType");
        if (!IdTypes.isKnown(idType)) {
            throw new InvalidControlField("idType", "id-type", "idType must be one of NRIC, PASSPORT, BRN, ARMY");
        }
        String idValue = body.text("idValue");
        if (!IdTypes.isWellFormedValue(idValue)) {
            throw new InvalidControlField("idValue", "id-value", "idValue must be 1 to 20 letters, digits or hyphens");
        }
        String name = body.optionalText("name").orElse("Taxpayer " + tin);
        taxpayers.seed(new Taxpayers.Taxpayer(tin, idType, idValue, name));
        return Replies.json(200, SimulatorJson.object().put("tin", tin).put("idType", idType).put("idValue", idValue)
                .put("name", name));
    }
}
