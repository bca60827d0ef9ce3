package com.buyerjourneykit.simulator.myinvois;

import com.github.tomakehurst.wiremock.extension.Extension;
import java.util.List;

/** Every MyInvois API, wired to the state it needs; one mapping each in stubs/myinvois/mappings. */
final class MyInvoisApis {
    private final MyInvoisState state;

    MyInvoisApis(MyInvoisState state) {
        this.state = state;
    }

    List<Extension> all() {
        Tokens tokens = state.tokens();
        return List.of(
                new ConnectToken(state.clients(), tokens),
                new SubmitDocuments(tokens, state),
                new GetSubmission(tokens, state.submissions(), state.clock()),
                new GetDocumentDetails(tokens, state.submissions(), state.clock()),
                new ValidateTin(tokens, state.taxpayers()));
    }
}
