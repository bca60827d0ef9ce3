package com.buyerjourneykit.simulator.worldfirst;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code fund/inquiryConversion {worldAccountId, requestId}}: what became of a conversion, e.g. after a {@code U}. */
final class InquiryConversion extends WorldFirstApi {
    static final String NAME = "worldfirst-inquiry-conversion";
    private final WorldAccounts accounts;
    private final Conversions conversions;

    InquiryConversion(Gateway gateway, WorldAccounts accounts, Conversions conversions) {
        super(NAME, gateway);
        this.accounts = accounts;
        this.conversions = conversions;
    }

    @Override
    ObjectNode answer(WorldFirstRequest request) {
        WorldAccount owner = accounts.require(request);
        Conversion conversion = conversions.find(request.clientId(), request.identifier("requestId"))
                .filter(found -> found.worldAccountId().equals(owner.worldAccountId()))
                .orElseThrow(() -> new Refusal("ORDER_NOT_EXIST", "no conversion was made under this requestId")
                        .with("field", "requestId"));
        ObjectNode answer = WorldFirstReply.success("success");
        answer.set("conversion", conversion.toJson());
        return answer;
    }
}
