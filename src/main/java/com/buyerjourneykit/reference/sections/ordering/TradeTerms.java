package com.buyerjourneykit.reference.sections.ordering;

import com.buyerjourneykit.reference.journey.InvalidInput;
import java.util.Map;

/**
 * How the order is traded, in the app's words and 1688's: {@code tradeType} (担保交易, the secured
 * transaction World Pay needs, is the default) and {@code orderType} (normal, credit term, contract).
 */
final class TradeTerms {
    static final Map<String, String> TRADE_TYPES = Map.of("secured-transaction", "assureTrade", "alipay", "alipay",
            "bank", "bank");
    static final Map<String, String> ORDER_TYPES = Map.of("normal", "normal", "credit-term", "creditTerm",
            "contract", "contract");

    private TradeTerms() {
    }

    static String tradeType(String text) {
        return oneOf("tradeType", text, "secured-transaction", TRADE_TYPES);
    }

    static String orderType(String text) {
        return oneOf("orderType", text, "normal", ORDER_TYPES);
    }

    /** 1688's code back in the app's words, e.g. {@code assureTrade} → {@code secured-transaction}. */
    static String appWord(Map<String, String> words, String code) {
        return words.entrySet().stream().filter(word -> word.getValue().equals(code)).map(Map.Entry::getKey)
                .findFirst().orElse(code);
    }

    private static String oneOf(String field, String text, String otherwise, Map<String, String> words) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        if (!words.containsKey(text.strip())) {
            throw new InvalidInput(field, "one-of", field + " must be one of " + String.join(", ", words.keySet()));
        }
        return text.strip();
    }
}
