package com.buyerjourneykit.simulator.myinvois;

import com.buyerjourneykit.simulator.SimulatorJson;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * {@code GET /api/v1.0/taxpayer/validate/{tin}?idType=&idValue=}: 200 with no body when the TIN
 * is registered with that ID, 404 when not (or the magic invalid TIN), 400 {@code BadArgument}
 * when the TIN, idType or idValue is malformed. The magic slow TIN answers 504 after a delay.
 */
final class ValidateTin extends AuthenticatedApi {
    static final String NAME = "myinvois-validate-tin";
    private final Taxpayers taxpayers;

    ValidateTin(Tokens tokens, Taxpayers taxpayers) {
        super(NAME, tokens);
        this.taxpayers = taxpayers;
    }

    @Override
    ResponseDefinition answer(Request request, Clients.Client client) {
        String tin = PathSegments.last(request.getUrl());
        if (!Tins.isWellFormed(tin)) {
            throw MyInvoisError.badArgument("tin", "tin must be a TIN: IG and digits, or C, CS, D, F, FA, PT, TA, TC, TN, TR, TP, J or LE,"
                    + " digits without a leading zero, ending in 0; at most 14 characters");
        }
        String idType = QueryParameters.single(request, "idType").orElse("");
        if (!IdTypes.isKnown(idType)) {
            throw MyInvoisError.badArgument("idType", "idType must be one of NRIC, PASSPORT, BRN, ARMY");
        }
        String idValue = QueryParameters.single(request, "idValue").orElse("");
        if (!IdTypes.isWellFormedValue(idValue)) {
            throw MyInvoisError.badArgument("idValue", "idValue must be 1 to 20 letters, digits or hyphens");
        }
        if (MagicValues.TIMEOUT_TIN.equals(tin)) {
            return timedOut();
        }
        if (!taxpayers.isValid(tin, idType, idValue)) {
            throw MyInvoisError.notFound("tin", "No taxpayer has this TIN with this " + idType);
        }
        return new ResponseDefinitionBuilder().withStatus(200).build();
    }

    private static ResponseDefinition timedOut() {
        MyInvoisError timeout = new MyInvoisError(504, "GatewayTimeout", "The TIN registry did not answer in time", "tin");
        return new ResponseDefinitionBuilder().withStatus(504)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(SimulatorJson.write(timeout.json()))
                .withFixedDelay(Math.toIntExact(MagicValues.TIMEOUT_DELAY.toMillis()))
                .build();
    }
}
