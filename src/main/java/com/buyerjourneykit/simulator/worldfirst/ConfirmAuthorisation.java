package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.clock.VirtualClock;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code worldPay/authorise/confirm} (simulated, AUTH-02/03): the code activates World Pay for the
 * 1688 ID. The eligibility is asked again (the 1688 side may have changed), and the link itself
 * is atomic, so of two World Accounts racing for one 1688 ID exactly one wins.
 */
final class ConfirmAuthorisation extends WorldFirstApi {
    static final String NAME = "worldfirst-confirm-authorisation";
    static final String ACTIVATED = "You have successfully activated World Pay (跨境宝) service";
    private final WorldAccounts accounts;
    private final Authorisations authorisations;
    private final AuthorisationCodes codes;
    private final Eligibility eligibility;
    private final Links links;
    private final VirtualClock clock;

    ConfirmAuthorisation(Gateway gateway, WorldAccounts accounts, Authorisations authorisations, AuthorisationCodes codes,
            Eligibility eligibility, Links links, VirtualClock clock) {
        super(NAME, gateway);
        this.accounts = accounts;
        this.authorisations = authorisations;
        this.codes = codes;
        this.eligibility = eligibility;
        this.links = links;
        this.clock = clock;
    }

    @Override
    ObjectNode answer(WorldFirstRequest request) {
        Authorisation pending = authorisations.require(request);
        String code = request.text("verificationCode");
        WorldAccount account = accounts.byId(pending.worldAccountId()).orElseThrow();
        eligibility.require(pending.alibaba1688Id(), account.worldAccountId());
        codes.requireAccepted(account, pending, code);
        Link link = links.link(new Link(pending.alibaba1688Id(), account.worldAccountId(), pending.nickname(),
                clock.nowFor(account.mobile().e164())));
        authorisations.finish(pending);
        ObjectNode answer = WorldFirstReply.success(ACTIVATED).put("status", "ACTIVATED");
        answer.set("linked1688Account", link.toJson());
        return answer;
    }
}
