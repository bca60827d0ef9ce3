package com.buyerjourneykit.simulator.member1688.commerce;

import com.buyerjourneykit.simulator.member1688.InvalidParameter;

/** {@code addressParam}: whom and where the cross-border order goes; {@code countryCode} is the buyer's region (ORD-05). */
record Destination(String fullName, String mobile, String countryCode, String address) {

    static Destination of(ParamObject param) {
        String fullName = param.requiredText("fullName");
        String mobile = param.requiredText("mobile");
        String countryCode = param.region("countryCode")
                .orElseThrow(() -> InvalidParameter.missing(param.name("countryCode")));
        return new Destination(fullName, mobile, countryCode, param.requiredText("address"));
    }
}
