package com.buyerjourneykit.reference.sections.einvoice;

import com.buyerjourneykit.reference.journey.InvalidInput;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** 1688's order statuses in the app's words (the contract's), both ways. */
final class OrderStatusWords {
    private static final Map<String, String> WORDS = Map.of(
            "waitbuyerpay", "waiting-for-payment",
            "waitsellersend", "waiting-for-shipment",
            "waitbuyerreceive", "waiting-for-receipt",
            "confirm_goods", "confirmed",
            "success", "completed",
            "cancel", "cancelled",
            "terminated", "terminated");
    /** Paid and not closed: what an e-invoice may be issued for. */
    private static final Set<String> PAID = Set.of("waitsellersend", "waitbuyerreceive", "confirm_goods",
            "success");

    private OrderStatusWords() {
    }

    static String word(String code) {
        return WORDS.getOrDefault(code, code);
    }

    static boolean isPaid(String code) {
        return PAID.contains(code);
    }

    /** The 1688 code of the buyer's filter; none when blank. */
    static Optional<String> filter(String word) {
        if (word == null || word.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(WORDS.entrySet().stream().filter(entry -> entry.getValue().equals(word.strip())).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new InvalidInput("status", "one-of", "status must be one of "
                        + String.join(", ", WORDS.values().stream().sorted().toList()))));
    }
}
