package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.signing.Pem;
import com.buyerjourneykit.simulator.Replies;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.control.ControlBody;
import com.buyerjourneykit.simulator.control.InvalidControlField;
import com.buyerjourneykit.simulator.control.JsonControlTask;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.net.URI;
import java.security.PublicKey;
import java.util.Optional;

/**
 * {@code POST /__admin/sim/worldfirst/clients {"clientId","publicKey","keyVersion"?,"notifyUrl"?}}:
 * a partner registers its own RSA public key (X.509 PEM or base64) and, optionally, where its
 * notifications go. Without {@code publicKey} it only sets the notify URL of a known client.
 */
final class RegisterClient extends JsonControlTask {
    private final Clients clients;

    RegisterClient(Clients clients) {
        this.clients = clients;
    }

    @Override
    protected ResponseDefinition answer(ControlBody body) {
        String clientId = body.text("clientId");
        Optional<String> notifyUrl = body.optionalText("notifyUrl").map(RegisterClient::httpUrl);
        Optional<String> key = body.optionalText("publicKey");
        if (key.isPresent()) {
            String version = body.optionalText("keyVersion").orElse(Clients.DEFAULT_KEY_VERSION);
            clients.register(new Clients.Client(clientId, publicKey(key.get()), version, notifyUrl.orElse(null)));
        } else if (!clients.setNotifyUrl(clientId, notifyUrl.orElseThrow(
                () -> new InvalidControlField("publicKey", "required", "publicKey or notifyUrl is required")))) {
            throw new InvalidControlField("clientId", "registered", "no client " + clientId + " is registered: send its publicKey");
        }
        return Replies.json(200, SimulatorJson.object().put("clientId", clientId));
    }

    private static PublicKey publicKey(String text) {
        try {
            return Pem.publicKey(text);
        } catch (IllegalArgumentException notAKey) {
            throw new InvalidControlField("publicKey", "rsa-public-key", "publicKey must be an RSA public key, X.509 PEM or base64");
        }
    }

    private static String httpUrl(String text) {
        try {
            URI uri = URI.create(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return text;
            }
        } catch (IllegalArgumentException notAUri) {
            // answered below, like any other URL that is not http(s)
        }
        throw new InvalidControlField("notifyUrl", "http-url", "notifyUrl must be an http(s) URL");
    }
}
