package com.buyerjourneykit.simulator.alipay;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** {@code alipay.user.personal.account.query} (simulated): how far the buyer's personal account has got. */
final class PersonalAccountQuery extends GatewayTransformer {
    static final String NAME = "alipay-personal-account-query";

    PersonalAccountQuery(AlipayState state) {
        super(NAME, state);
    }

    @Override
    ResponseDefinition answer(GatewayRequest request) {
        PersonalAccount account = state.accounts().find(mobileOf(request).e164());
        return GatewayReply.success(request.method(), fields -> AccountReplies.describe(fields, account));
    }
}
