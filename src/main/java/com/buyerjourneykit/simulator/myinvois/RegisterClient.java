package com.buyerjourneykit.simulator.myinvois;

import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.InvalidControlField;
import com.buyerjourneykit.simulator.control.JsonControlTask;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code POST /__admin/sim/myinvois/clients {"clientId","clientSecret","tin"}}: an ERP system
 * that may log in as the taxpayer with this TIN (a known id gets the new secret and TIN). The
 * answer never repeats the secret.
 */
final class RegisterClient extends JsonControlTask {
    private final Clients clients;

    RegisterClient(Clients clients) {
        this.clients = clients;
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        String clientId = body.text("clientId");
        if (clientId.length() > 64) {
            throw new InvalidControlField("clientId", "max-length-64", "clientId must be at most 64 characters");
        }
        String secret = body.text("clientSecret");
        if (secret.length() < 8 || secret.length() > 128) {
            throw new InvalidControlField("clientSecret", "length-8-128", "clientSecret must be 8 to 128 characters");
        }
        String tin = ControlTins.tin(body);
        clients.register(clientId, secret, tin);
        return Replies.json(200, SimulatorJson.object().put("clientId", clientId).put("tin", tin));
    }
}
