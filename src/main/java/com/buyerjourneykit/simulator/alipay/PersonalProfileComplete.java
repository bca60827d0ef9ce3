package com.buyerjourneykit.simulator.alipay;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.regex.Pattern;

/** {@code alipay.user.personal.profile.complete} (simulated, ALI-06): the personal details that finish the account. */
final class PersonalProfileComplete extends GatewayTransformer {
    static final String NAME = "alipay-personal-profile-complete";
    /** A practical address shape (local@domain.tld, at most 254 characters), not the whole of RFC 5322. */
    private static final Pattern EMAIL = Pattern.compile(
            "(?=.{3,254}$)[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    PersonalProfileComplete(AlipayState state) {
        super(NAME, state);
    }

    @Override
    ResponseDefinition answer(GatewayRequest request) {
        String e164 = mobileOf(request).e164();
        PersonalDetails details = new PersonalDetails(
                FieldRules.withLength(request, "occupation", 60),
                FieldRules.optionalMatching(request, "email", EMAIL, "email", "must be an e-mail address such as buyer@example.com"));
        return AccountReplies.of(request.method(), state.accounts()
                .advance(e164, AccountStatus.COMPLETED, account -> account.withDetails(details)));
    }
}
