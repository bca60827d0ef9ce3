package com.buyerjourneykit.reference.sections.topup;

import com.buyerjourneykit.reference.journey.SectionOutcome;
import com.buyerjourneykit.reference.journey.InvalidInput;
import com.buyerjourneykit.reference.journey.Journey;
import com.buyerjourneykit.reference.journey.Journeys;
import java.util.Optional;

/**
 * "Create new receiving account" (TOP-01…04): a currency, a name, the preview, then the account,
 * created at once. Creating is idempotent by key; more accounts, in other currencies, may follow.
 */
final class ReceivingAccountOpening {
    private static final String OPERATION = "receiving-account";
    private static final int MAX_NAME = 40;
    private final WorldFirstFundsClient worldFirst;
    private final Journeys journeys;
    private final KeptOutcomes kept;

    ReceivingAccountOpening(WorldFirstFundsClient worldFirst, Journeys journeys) {
        this.worldFirst = worldFirst;
        this.journeys = journeys;
        this.kept = new KeptOutcomes(journeys);
    }

    SectionOutcome preview(String journeyId, String currencyText, String accountNameText) {
        String currency = CurrencyCode.read("currency", currencyText);
        String accountName = accountName(accountNameText);
        Journey journey = journeys.readyFor(journeyId, TopUpSteps.RECEIVING_ACCOUNT);
        FundsReply answer = worldFirst.preview(TopUpSteps.worldAccountIdOf(journey, TopUpSteps.RECEIVING_ACCOUNT),
                currency, accountName);
        return ReceivingAccountFacts.preview(WorldFirstRefusals.successOrRefuse("receivingAccount/preview", answer, currency)
                .path("receivingAccount"));
    }

    SectionOutcome create(String journeyId, String currencyText, String accountNameText, String keyText) {
        String currency = CurrencyCode.read("currency", currencyText);
        String accountName = accountName(accountNameText);
        Optional<String> key = KeptOutcomes.idempotencyKey(keyText);
        Journey journey = journeys.readyFor(journeyId, TopUpSteps.RECEIVING_ACCOUNT);
        Optional<SectionOutcome> earlier = kept.kept(journey, OPERATION, key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        FundsReply answer = worldFirst.createReceivingAccount(RequestIds.of(journey.id(), OPERATION, key),
                TopUpSteps.worldAccountIdOf(journey, TopUpSteps.RECEIVING_ACCOUNT), currency, accountName);
        SectionOutcome created = ReceivingAccountFacts.created(WorldFirstRefusals.successOrRefuse("receivingAccount/create",
                answer, currency).path("receivingAccount"));
        if (!journey.isFinished(TopUpSteps.RECEIVING_ACCOUNT)) {
            journeys.finish(journey, TopUpSteps.RECEIVING_ACCOUNT, String.valueOf(created.fact("accountNo")));
        }
        return kept.keep(journey, OPERATION, key, created);
    }

    private static String accountName(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("accountName", "required", "accountName is required");
        }
        if (text.strip().codePointCount(0, text.strip().length()) > MAX_NAME) {
            throw new InvalidInput("accountName", "max-length-40", "accountName must be at most " + MAX_NAME + " characters");
        }
        return text.strip();
    }
}
