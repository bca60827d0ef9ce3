package com.buyerjourneykit.simulator.alipay;

import com.buyerjourneykit.phone.InvalidPhoneNumber;
import com.buyerjourneykit.phone.PhoneNumbers;
import com.buyerjourneykit.simulator.SimulatorJson;
import com.buyerjourneykit.simulator.core.Buyer;
import com.buyerjourneykit.simulator.core.FormFields;
import com.buyerjourneykit.simulator.core.ProviderRequests;
import com.buyerjourneykit.simulator.core.RequestProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Optional;
import java.util.Set;

/**
 * How the core reads an Alipay gateway call: the operation is the form's {@code method}, the
 * buyer the mobile in {@code biz_content} ({@code country_code} + {@code mobile}). Read only to
 * tell who and what; the methods themselves read the call strictly.
 */
final class AlipayRequests implements ProviderRequests {
    static final Set<String> METHODS = Set.of(
            "alipay.user.personal.register.sms.send",
            "alipay.user.personal.register.sms.verify",
            "alipay.user.personal.identity.verify",
            "alipay.user.personal.address.register",
            "alipay.user.personal.profile.complete",
            "alipay.user.personal.account.query");

    @Override
    public Optional<String> operation(Request request) {
        return FormFields.decode(request.getBodyAsString()).single("method");
    }

    @Override
    public Set<String> operations() {
        return METHODS;
    }

    @Override
    public Buyer buyer(Request request) {
        return FormFields.decode(request.getBodyAsString()).single("biz_content")
                .flatMap(SimulatorJson::lenientObject)
                .flatMap(biz -> mobileOf(biz.path("country_code"), biz.path("mobile")))
                .orElse(Buyer.nobody());
    }

    @Override
    public String contentType() {
        return "application/x-www-form-urlencoded";
    }

    @Override
    public ResponseDefinition refusal(RequestProblem problem) {
        return GatewayReply.unreadable(problem);
    }

    private static Optional<Buyer> mobileOf(JsonNode countryCode, JsonNode mobile) {
        try {
            return Optional.of(Buyer.withPhone(PhoneNumbers.parse(countryCode.asText(), mobile.asText()), Set.of()));
        } catch (InvalidPhoneNumber notAMobile) {
            return Optional.empty();
        }
    }
}
