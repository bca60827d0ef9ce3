package com.buyerjourneykit.simulator.worldfirst;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code worldAccount/register} (simulated, WFA-01/02): country of business, names, the contact
 * and its code, password, optional invitation code and market-insights consent, terms accepted.
 * Every field is checked before the code is spent, so a refusal leaves nothing behind.
 */
final class RegisterWorldAccount extends WorldFirstApi {
    static final String NAME = "worldfirst-register-world-account";
    private final WorldAccounts accounts;
    private final VerificationCodes codes;

    RegisterWorldAccount(Gateway gateway, WorldAccounts accounts, VerificationCodes codes) {
        super(NAME, gateway);
        this.accounts = accounts;
        this.codes = codes;
    }

    @Override
    ObjectNode answer(WorldFirstRequest request) {
        String country = ProfileFields.country(request);
        String firstName = ProfileFields.name(request, "firstName");
        String lastName = ProfileFields.name(request, "lastName");
        RegistrationContact contact = RegistrationContact.read(request);
        AccountPasswords.check("password", request.text("password"));
        String invitation = ProfileFields.invitationCode(request).orElse(null);
        boolean insights = request.flag("marketInsightsConsent");
        request.requireTrue("termsAccepted");
        String code = request.text("verificationCode");
        accounts.requireFree(contact.mobile().e164(), contact.email());
        codes.requireAccepted(contact.codeDestination(), code);
        WorldAccount account = accounts.open(id -> new WorldAccount(id, request.clientId(), country, firstName, lastName,
                contact.mobile(), contact.email(), invitation, insights));
        ObjectNode answer = WorldFirstReply.success("your World Account is open");
        answer.set("worldAccount", account.toJson());
        return answer;
    }
}
