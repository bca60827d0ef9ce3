package com.buyerjourneykit.steps;

import com.buyerjourneykit.dsl.words.CommerceWords;
import com.buyerjourneykit.dsl.words.JourneyWords;
import io.cucumber.java.ParameterType;

/**
 * Quoted words of a sentence that stand for the system's codes: a scenario names a step, a status
 * or a reason the way the guide does in its language, and the step receives the code the system answers.
 */
public class ScenarioWords {
    private static final String QUOTED = "\"([^\"]*)\"";

    @ParameterType(QUOTED)
    public String section(String word) {
        return JourneyWords.SECTIONS.codeOf(word);
    }

    @ParameterType(QUOTED)
    public String sections(String words) {
        return JourneyWords.SECTIONS.codesOf(words);
    }

    @ParameterType(QUOTED)
    public String step(String word) {
        return JourneyWords.STEPS.codeOf(word);
    }

    @ParameterType(QUOTED)
    public String status(String word) {
        return JourneyWords.STATUSES.codeOf(word);
    }

    @ParameterType(QUOTED)
    public String tradeType(String word) {
        return CommerceWords.TRADE_TYPES.codeOf(word);
    }

    @ParameterType(QUOTED)
    public String orderType(String word) {
        return CommerceWords.ORDER_TYPES.codeOf(word);
    }

    @ParameterType(QUOTED)
    public String orderStatus(String word) {
        return CommerceWords.ORDER_STATUSES.codeOf(word);
    }

    @ParameterType(QUOTED)
    public String paymentMethods(String words) {
        return CommerceWords.PAYMENT_METHODS.codesOf(words);
    }

    @ParameterType(QUOTED)
    public String worldPayReason(String word) {
        return CommerceWords.WORLD_PAY_REASONS.codeOf(word);
    }
}
