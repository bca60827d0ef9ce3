package com.buyerjourneykit.dsl;

import com.buyerjourneykit.drivers.Answer;
import com.buyerjourneykit.drivers.ReceivingAccountInput;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one scenario learnt from WorldFirst's answers and needs later: the World Account's ID (to
 * arm the simulator), the receiving accounts it created (to send money to), the last quote and
 * the last confirmation (to repeat it). Fresh for every scenario.
 */
public final class WorldAccountRecords {
    private final Map<String, String> worldAccountIds = new HashMap<>();
    private final Map<String, ReceivingAccountInput> receivingAccountRequests = new HashMap<>();
    private final Map<String, String> accountNumbers = new HashMap<>();
    private String quoteId;
    private String conversionKey;
    private Answer firstConversion;

    void worldAccountOpened(String alias, String worldAccountId) {
        worldAccountIds.put(alias, worldAccountId);
    }

    boolean hasWorldAccount(String alias) {
        return worldAccountIds.containsKey(alias);
    }

    String worldAccountId(String alias) {
        return GivenFirst.require(worldAccountIds.get(alias), "the World Account of " + alias);
    }

    void receivingAccountRequested(ReceivingAccountInput request) {
        receivingAccountRequests.put(request.currency(), request);
    }

    ReceivingAccountInput lastRequestFor(String currency) {
        return GivenFirst.require(receivingAccountRequests.get(currency), "a " + currency + " receiving account requested");
    }

    void receivingAccountCreated(String currency, String accountNo) {
        accountNumbers.putIfAbsent(currency, accountNo);
    }

    Optional<String> accountNo(String currency) {
        return Optional.ofNullable(accountNumbers.get(currency));
    }

    void quoteOffered(String id) {
        quoteId = id;
    }

    String quoteId() {
        return GivenFirst.require(quoteId, "a quote offered");
    }

    void confirming(String key) {
        conversionKey = key;
    }

    String conversionKey() {
        return GivenFirst.require(conversionKey, "a quote confirmed");
    }

    /** The first conversion answered, which a repeated confirmation must answer again. */
    Answer firstConversion(Answer answer) {
        if (firstConversion == null) {
            firstConversion = answer;
        }
        return firstConversion;
    }
}
