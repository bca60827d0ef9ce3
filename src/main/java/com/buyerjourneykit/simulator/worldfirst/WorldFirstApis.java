package com.buyerjourneykit.simulator.worldfirst;

import com.github.tomakehurst.wiremock.extension.Extension;
import java.util.ArrayList;
import java.util.List;

/** Every WorldFirst API, wired to the state it needs; one mapping each in stubs/worldfirst/mappings. */
final class WorldFirstApis {
    private final Gateway gateway;
    private final WorldFirstState state;

    WorldFirstApis(Gateway gateway, WorldFirstState state) {
        this.gateway = gateway;
        this.state = state;
    }

    List<Extension> all() {
        List<Extension> apis = new ArrayList<>();
        apis.addAll(worldAccount());
        apis.addAll(worldPay());
        apis.addAll(receivingAccounts());
        apis.addAll(conversion());
        return apis;
    }

    private List<Extension> worldAccount() {
        return List.of(
                new SendRegistrationCode(gateway, state.registrationCodes()),
                new RegisterWorldAccount(gateway, state.accounts(), state.registrationCodes()));
    }

    private List<Extension> worldPay() {
        return List.of(
                new StartAuthorisation(gateway, state.accounts(), state.eligibility(), state.authorisations(),
                        state.authorisationCodes()),
                new ResendAuthorisationCode(gateway, state.accounts(), state.authorisations(), state.authorisationCodes()),
                new ConfirmAuthorisation(gateway, state.accounts(), state.authorisations(), state.authorisationCodes(),
                        state.eligibility(), state.links(), state.clock()),
                new InquiryLinked1688Accounts(gateway, state.accounts(), state.links()));
    }

    private List<Extension> receivingAccounts() {
        return List.of(
                new PreviewReceivingAccount(gateway, state.accounts()),
                new CreateReceivingAccount(gateway, state.idempotency(), state.accounts(), state.receivingAccounts(),
                        state.clock()),
                new InquiryBalance(gateway, state.accounts(), state.receivingAccounts(), state.balances()));
    }

    private List<Extension> conversion() {
        return List.of(
                new InquiryRate(gateway, state.rates()),
                new CreateQuote(gateway, state.accounts(), state.rates(), state.quotes(), state.clock()),
                new ApplyQuote(gateway, state.idempotency(), state.accounts(), state.quotes(), state.conversions(),
                        state.convertOutcomes(), state.clock()),
                new InquiryConversion(gateway, state.accounts(), state.conversions()));
    }
}
