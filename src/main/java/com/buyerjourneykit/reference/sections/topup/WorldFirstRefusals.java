package com.buyerjourneykit.reference.sections.topup;

import com.buyerjourneykit.reference.journey.SectionRefusal;
import com.buyerjourneykit.reference.journey.InvalidInput;
import com.buyerjourneykit.reference.journey.ProviderUnavailable;
import java.util.Map;

/**
 * WorldFirst's {@code F} answers as the buyer hears them. Bad input it finds (an amount too small
 * to convert) names the app's field, not WorldFirst's {@code sellAmount.value}; a code this
 * section does not expect, or a {@code U} where nothing can be re-queried, is WorldFirst being unavailable.
 */
final class WorldFirstRefusals {
    static final String PROVIDER = "WorldFirst";
    private static final Map<String, String[]> REFUSALS = Map.of(
            "QUOTE_EXPIRED", new String[] {"quote-expired", "the quote has expired; ask for a new one"},
            "BALANCE_NOT_ENOUGH", new String[] {"balance-not-enough", "the balance is not enough for this conversion"},
            "QUOTE_ALREADY_APPLIED", new String[] {"quote-already-used", "this quote was used by another conversion; ask for a new one"},
            "REPEAT_REQ_INCONSISTENT", new String[] {"idempotency-key-reused", "this idempotency key was used for another request"},
            "USER_NOT_EXIST", new String[] {"world-account-unknown", "WorldFirst does not know this journey's World Account"});

    private WorldFirstRefusals() {
    }

    /** The answer when it is {@code S}; else the refusal it means, thrown. */
    static FundsReply successOrRefuse(String api, FundsReply answer, String currency) {
        if (answer.isSuccess()) {
            return answer;
        }
        throw refusal(api, answer, currency);
    }

    static RuntimeException refusal(String api, FundsReply answer, String currency) {
        String code = answer.code();
        if ("CURRENCY_NOT_SUPPORT".equals(code)) {
            return CurrencyCode.notSupported(currency);
        }
        if ("PARAM_ILLEGAL".equals(code) || "AMOUNT_EXCEED_LIMIT".equals(code)) {
            return invalidInput(answer);
        }
        if ("ORDER_NOT_EXIST".equals(code) && "quoteId".equals(answer.field())) {
            return new InvalidInput("quoteId", "known-quote", "WorldFirst has no quote with this quoteId for this World Account");
        }
        String[] refusal = REFUSALS.get(code);
        if (refusal != null && answer.status().equals("F")) {
            return new SectionRefusal(422, refusal[0], refusal[1]);
        }
        return new ProviderUnavailable(PROVIDER, api + " answered " + answer.status() + " " + code);
    }

    private static InvalidInput invalidInput(FundsReply answer) {
        String field = answer.field().isEmpty() ? "sellAmount" : answer.field().replaceFirst("\\..*", "");
        String rule = "AMOUNT_EXCEED_LIMIT".equals(answer.code()) ? "at-most-15-digits" : answer.rule();
        return new InvalidInput(field, rule, answer.message());
    }
}
