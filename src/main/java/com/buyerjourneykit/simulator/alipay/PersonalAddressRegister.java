package com.buyerjourneykit.simulator.alipay;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.regex.Pattern;

/** {@code alipay.user.personal.address.register} (simulated, ALI-05): the buyer's location and address. */
final class PersonalAddressRegister extends GatewayTransformer {
    static final String NAME = "alipay-personal-address-register";
    private static final Pattern POSTAL_CODE = Pattern.compile("[A-Za-z0-9 \\-]{1,12}");

    PersonalAddressRegister(AlipayState state) {
        super(NAME, state);
    }

    @Override
    ResponseDefinition answer(GatewayRequest request) {
        String e164 = mobileOf(request).e164();
        PostalAddress address = new PostalAddress(
                FieldRules.isoCountry(request, "country"),
                FieldRules.withLength(request, "region", 60),
                FieldRules.withLength(request, "city", 60),
                FieldRules.withLength(request, "address_line", 200),
                FieldRules.optionalMatching(request, "postal_code", POSTAL_CODE, "postal-code",
                        "must be at most 12 letters, digits, spaces or dashes"));
        return AccountReplies.of(request.method(), state.accounts()
                .advance(e164, AccountStatus.ADDRESS_REGISTERED, account -> account.withAddress(address)));
    }
}
