package com.buyerjourneykit.simulator.worldfirst;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code worldPay/authorise} (simulated, AUTH-01/02): the 1688 ID (answered as entered, none of
 * its personal details), an optional nickname, the agreement; sends a 6-digit code to the World
 * Account's mobile. Nothing is kept when it is refused, the resend countdown included.
 */
final class StartAuthorisation extends WorldFirstApi {
    static final String NAME = "worldfirst-start-authorisation";
    private static final int MAX_NICKNAME = 30;
    private final WorldAccounts accounts;
    private final Eligibility eligibility;
    private final Authorisations authorisations;
    private final AuthorisationCodes codes;

    StartAuthorisation(Gateway gateway, WorldAccounts accounts, Eligibility eligibility, Authorisations authorisations,
            AuthorisationCodes codes) {
        super(NAME, gateway);
        this.accounts = accounts;
        this.eligibility = eligibility;
        this.authorisations = authorisations;
        this.codes = codes;
    }

    @Override
    ObjectNode answer(WorldFirstRequest request) {
        WorldAccount account = accounts.require(request);
        String alibaba1688Id = request.identifier("alibaba1688Id").strip();
        String nickname = nickname(request);
        request.requireTrue("agreementAccepted");
        CodeChannel channel = CodeChannel.read(request);
        AuthorisationCodes.requireReachable(account, channel);
        eligibility.require(alibaba1688Id, account.worldAccountId());
        Authorisation pending = new Authorisation(null, account.worldAccountId(), alibaba1688Id, nickname, channel);
        ObjectNode sent = codes.send(account, pending);
        Authorisation started = authorisations.start(account.worldAccountId(), alibaba1688Id, nickname, channel);
        return sent.put("authorisationId", started.authorisationId());
    }

    private static String nickname(WorldFirstRequest request) {
        String nickname = request.optionalText("nickname").map(String::strip).orElse(null);
        if (nickname != null && nickname.codePointCount(0, nickname.length()) > MAX_NICKNAME) {
            throw new InvalidField("nickname", "max-length-30", "nickname must be at most 30 characters");
        }
        return nickname;
    }
}
