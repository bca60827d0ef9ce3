package com.buyerjourneykit.reference.sections.topup;

import com.buyerjourneykit.reference.journey.SectionOutcome;
import com.buyerjourneykit.reference.journey.Inputs;
import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.Journeys;
import java.util.Map;

/** {@code worldfirst/balances?journeyId=…}: one fact {@code balance<CUR>} per currency, CNH first; the page lists them. */
final class BalancesView {
    private final Balances balances;
    private final Journeys journeys;

    BalancesView(Balances balances, Journeys journeys) {
        this.balances = balances;
        this.journeys = journeys;
    }

    SectionOutcome show(String journeyId) {
        Journey journey = journeys.readyFor(Inputs.required("journeyId", journeyId), TopUpSteps.RECEIVING_ACCOUNT);
        Map<String, Amount> all = balances.of(TopUpSteps.worldAccountIdOf(journey, TopUpSteps.RECEIVING_ACCOUNT));
        SectionOutcome answer = SectionOutcome.success(200, "balances");
        all.forEach((currency, amount) -> answer.with("balance" + currency, amount.decimal()));
        return answer;
    }
}
