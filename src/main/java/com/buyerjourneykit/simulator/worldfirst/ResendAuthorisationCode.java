package com.buyerjourneykit.simulator.worldfirst;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code worldPay/authorise/resendCode} (simulated, AUTH-02 "Resend(57)" and "Change Method"): a
 * fresh code once the countdown is over, to the mobile or, with {@code codeChannel: EMAIL}, the e-mail.
 */
final class ResendAuthorisationCode extends WorldFirstApi {
    static final String NAME = "worldfirst-resend-authorisation-code";
    private final WorldAccounts accounts;
    private final Authorisations authorisations;
    private final AuthorisationCodes codes;

    ResendAuthorisationCode(Gateway gateway, WorldAccounts accounts, Authorisations authorisations, AuthorisationCodes codes) {
        super(NAME, gateway);
        this.accounts = accounts;
        this.authorisations = authorisations;
        this.codes = codes;
    }

    @Override
    ObjectNode answer(WorldFirstRequest request) {
        Authorisation pending = authorisations.require(request);
        WorldAccount account = accounts.byId(pending.worldAccountId()).orElseThrow();
        CodeChannel channel = request.optionalText("codeChannel").isPresent() ? CodeChannel.read(request) : pending.channel();
        AuthorisationCodes.requireReachable(account, channel);
        ObjectNode sent = codes.send(account, pending.by(channel));
        authorisations.update(pending.by(channel));
        return sent;
    }
}
