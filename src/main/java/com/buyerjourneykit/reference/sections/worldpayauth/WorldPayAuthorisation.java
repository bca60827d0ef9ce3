package com.buyerjourneykit.reference.sections.worldpayauth;

import com.buyerjourneykit.reference.journey.Inputs;
import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.Journeys;
import com.buyerjourneykit.reference.journey.ProviderOutcome;
import com.buyerjourneykit.reference.journey.StepNotReady;
import com.buyerjourneykit.reference.journey.StepStatus;
import com.buyerjourneykit.reference.sections.worldaccount.WorldAccountSteps;
import java.util.Map;
import java.util.Optional;

/**
 * Guide section 4A (AUTH-01…07): "Authorise 1688.com accounts" with the agreement, the 6-digit code
 * to the World Account's mobile, activation. The waiting authorisation's id is kept with the
 * journey's step (still to do before the first activation, done after), so a second 1688 ID is
 * authorised with the same calls (AUTH-04) and a restart loses nothing.
 */
public final class WorldPayAuthorisation {
    static final String CODE_SENT = "authorisation-code-sent";
    static final String ACTIVATED = "worldpay-activated";
    static final String LINKED = "linked-1688-accounts";
    static final String NONE_WAITING = "no-authorisation-waiting";
    private static final Map<String, Object> NO_FACTS = Map.of();
    private final WorldPayAuthorisations worldFirst;
    private final Journeys journeys;

    public WorldPayAuthorisation(WorldPayAuthorisations worldFirst, Journeys journeys) {
        this.worldFirst = worldFirst;
        this.journeys = journeys;
    }

    public ProviderOutcome start(String journeyId, String alibaba1688Id, String nickname, Boolean agreementAccepted,
                                      String codeChannel) {
        AuthorisationRequest request = AuthorisationInputs.request(alibaba1688Id, nickname, agreementAccepted, codeChannel);
        Journey journey = journeys.readyFor(journeyId, WorldPayAuthSteps.WORLDPAY_AUTHORISATION);
        ProviderOutcome outcome = worldFirst.start(worldAccountOf(journey), request);
        if (outcome.accepted()) {
            StepStatus status = journey.isFinished(WorldPayAuthSteps.WORLDPAY_AUTHORISATION) ? StepStatus.DONE : StepStatus.TODO;
            journeys.record(journey, Map.of(WorldPayAuthSteps.WORLDPAY_AUTHORISATION,
                    new Journey.StepRecord(status, outcome.fact("authorisationId"))));
        }
        return outcome;
    }

    public ProviderOutcome resendCode(String journeyId, String codeChannel) {
        Optional<String> channel = AuthorisationInputs.changedChannel(codeChannel);
        Journey journey = journeys.readyFor(journeyId, WorldPayAuthSteps.WORLDPAY_AUTHORISATION);
        return waiting(journey).map(authorisationId -> worldFirst.resendCode(authorisationId, channel))
                .orElseGet(WorldPayAuthorisation::noneWaiting);
    }

    /** The first activation finishes the step; later ones link more 1688 IDs to the same World Account. */
    public ProviderOutcome enterCode(String journeyId, String code) {
        String checked = Inputs.sixDigitCode(code);
        Journey journey = journeys.readyFor(journeyId, WorldPayAuthSteps.WORLDPAY_AUTHORISATION);
        Optional<String> waiting = waiting(journey);
        if (waiting.isEmpty()) {
            return noneWaiting();
        }
        ProviderOutcome outcome = worldFirst.confirm(waiting.get(), checked);
        if (outcome.accepted() && !journey.isFinished(WorldPayAuthSteps.WORLDPAY_AUTHORISATION)) {
            journeys.finish(journey, WorldPayAuthSteps.WORLDPAY_AUTHORISATION, waiting.get());
        }
        return outcome;
    }

    /** "Manage 1688.com accounts": the 1688 IDs linked to the journey's World Account, in linking order. */
    public ProviderOutcome linked(String journeyId) {
        Journey journey = journeys.readyFor(Inputs.required("journeyId", journeyId), WorldPayAuthSteps.WORLDPAY_AUTHORISATION);
        return worldFirst.linked(worldAccountOf(journey));
    }

    private static String worldAccountOf(Journey journey) {
        return journey.referenceOf(WorldAccountSteps.WORLD_ACCOUNT).orElseThrow(
                () -> new StepNotReady(WorldPayAuthSteps.WORLDPAY_AUTHORISATION, WorldAccountSteps.WORLD_ACCOUNT));
    }

    private static Optional<String> waiting(Journey journey) {
        return journey.referenceOf(WorldPayAuthSteps.WORLDPAY_AUTHORISATION);
    }

    private static ProviderOutcome noneWaiting() {
        return ProviderOutcome.refused(NONE_WAITING, NO_FACTS);
    }
}
