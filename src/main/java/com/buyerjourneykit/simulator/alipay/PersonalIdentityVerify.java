package com.buyerjourneykit.simulator.alipay;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code alipay.user.personal.identity.verify} (simulated: the Verification Center has no public
 * API, ALI-04): checks the buyer's identity document once the SMS code is verified.
 */
final class PersonalIdentityVerify extends GatewayTransformer {
    /** The sub_code of a document the Verification Center turns down (the {@code FAIL…} magic value). */
    static final String VERIFICATION_FAILED = "isv.IDENTITY_VERIFICATION_FAILED";
    static final String NAME = "alipay-personal-identity-verify";
    private static final Set<String> DOCUMENT_TYPES = Set.of("PASSPORT", "NATIONAL_ID");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Z0-9]{5,20}");
    private static final int ADULT_AGE = 18;

    PersonalIdentityVerify(AlipayState state) {
        super(NAME, state);
    }

    @Override
    ResponseDefinition answer(GatewayRequest request) {
        String e164 = mobileOf(request).e164();
        Identity identity = identityOf(request, e164);
        PersonalAccounts accounts = state.accounts();
        // An account not ready for this step hears that first, whatever the document says.
        boolean ready = accounts.statusOf(e164).mayReach(AccountStatus.IDENTITY_VERIFIED);
        if (ready && identity.failsVerification()) {
            return GatewayReply.businessFailure(request.method(), VERIFICATION_FAILED,
                    "The identity document could not be verified", fields -> { });
        }
        return AccountReplies.of(request.method(),
                accounts.advance(e164, AccountStatus.IDENTITY_VERIFIED, account -> account.withIdentity(identity)));
    }

    private Identity identityOf(GatewayRequest request, String e164) {
        return new Identity(
                FieldRules.oneOf(request, "document_type", DOCUMENT_TYPES),
                FieldRules.matching(request, "document_number", DOCUMENT_NUMBER, "document-number",
                        "must be 5 to 20 capital letters A-Z or digits"),
                FieldRules.withLength(request, "full_name", 100),
                FieldRules.isoCountry(request, "nationality"),
                adultsDateOfBirth(request, e164));
    }

    /** Adulthood is judged on the buyer's own virtual day, in UTC. */
    private LocalDate adultsDateOfBirth(GatewayRequest request, String e164) {
        LocalDate born = FieldRules.isoDate(request, "date_of_birth");
        LocalDate today = LocalDate.ofInstant(state.clock().nowFor(e164), ZoneOffset.UTC);
        if (born.plusYears(ADULT_AGE).isAfter(today)) {
            throw FieldRules.invalid(request, "date_of_birth", "adult",
                    "must be at least " + ADULT_AGE + " years before today (" + today + ")");
        }
        return born;
    }
}
