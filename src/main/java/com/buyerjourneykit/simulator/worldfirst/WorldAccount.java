package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.phone.MobileNumber;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A World Account (WFA-01/02). The password is checked against the rules and never kept: the
 * simulated APIs have no login. {@code clientId} is the partner that opened it: its
 * notifications go there. {@code email} may be null.
 */
record WorldAccount(String worldAccountId, String clientId, String countryOfBusiness, String firstName,
        String lastName, MobileNumber mobile, String email, String invitationCode, boolean marketInsightsConsent) {

    ObjectNode toJson() {
        ObjectNode json = SimulatorJson.object()
                .put("worldAccountId", worldAccountId)
                .put("countryOfBusiness", countryOfBusiness)
                .put("firstName", firstName)
                .put("lastName", lastName)
                .put("maskedMobile", mobile.masked())
                .put("marketInsightsConsent", marketInsightsConsent);
        if (email != null) {
            json.put("email", email);
        }
        if (invitationCode != null) {
            json.put("invitationCode", invitationCode);
        }
        return json;
    }
}
