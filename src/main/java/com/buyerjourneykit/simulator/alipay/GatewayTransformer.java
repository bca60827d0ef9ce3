package com.buyerjourneykit.simulator.alipay;

import com.buyerjourneykit.phone.InvalidPhoneNumber;
import com.buyerjourneykit.phone.MobileNumber;
import com.buyerjourneykit.phone.PhoneNumbers;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/** One Alipay gateway method: parses the form post, answers, and turns bad input into 40001/40002. */
abstract class GatewayTransformer implements ResponseDefinitionTransformerV2 {
    private final String name;
    final AlipayState state;

    GatewayTransformer(String name, AlipayState state) {
        this.name = name;
        this.state = state;
    }

    @Override
    public final String getName() {
        return name;
    }

    @Override
    public final ResponseDefinition transform(ServeEvent serveEvent) {
        try {
            return answer(GatewayRequest.parse(serveEvent.getRequest().getBodyAsString()));
        } catch (GatewayParameterException error) {
            return GatewayReply.parameterError(error);
        }
    }

    @Override
    public final boolean applyGlobally() {
        return false;
    }

    abstract ResponseDefinition answer(GatewayRequest request);

    /** The buyer's mobile from biz_content {@code country_code} + {@code mobile}, validated. */
    static MobileNumber mobileOf(GatewayRequest request) {
        String countryCode = request.text("country_code");
        String mobile = request.text("mobile");
        try {
            return PhoneNumbers.parse(countryCode, mobile);
        } catch (InvalidPhoneNumber invalid) {
            String field = invalid.field().equals("countryCode") ? "country_code" : "mobile";
            throw GatewayParameterException.invalid(request.method(), field, invalid.rule().rule(), invalid.messageNaming(field));
        }
    }
}
